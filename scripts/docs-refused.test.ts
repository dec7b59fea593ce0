import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { refusedDoc } from '../packages/pavilion/__tests__/refused-doc.ts';

// docs/refused.md belongs to the repository, not to the theme's package, so its drift check sits
// next to the script that writes it (docs-refused.ts) rather than in the theme's catalogue test.
it('is what docs/refused.md lists (run `pnpm docs:refused` after changing the catalogue)', () => {
	expect(readFileSync(new URL('../docs/refused.md', import.meta.url), 'utf8')).toBe(refusedDoc());
});
