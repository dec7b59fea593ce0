/** Write docs/refused.md from the catalogue of bad input that the tests run: `pnpm docs:refused`. */
import { writeFileSync } from 'node:fs';
import { refusedDoc } from '../packages/pavilion/__tests__/refused-doc.ts';

writeFileSync(new URL('../docs/refused.md', import.meta.url), refusedDoc());
console.log('docs/refused.md written');
