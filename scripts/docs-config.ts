/** Write docs/configuration.md and docs/front-matter.md from the option and front-matter schemas: `pnpm docs:config`. */
import { writeFileSync } from 'node:fs';
import { configurationReference } from './lib/config-reference.ts';
import { frontMatterReference } from './lib/front-matter-reference.ts';

writeFileSync(new URL('../docs/configuration.md', import.meta.url), configurationReference());
writeFileSync(new URL('../docs/front-matter.md', import.meta.url), frontMatterReference());
console.log('docs/configuration.md and docs/front-matter.md written');
