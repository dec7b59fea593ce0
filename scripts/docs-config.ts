/** Write docs/configuration.md from the option schemas: `pnpm docs:config`. */
import { writeFileSync } from 'node:fs';
import { configurationReference } from './lib/config-reference.ts';

writeFileSync(new URL('../docs/configuration.md', import.meta.url), configurationReference());
console.log('docs/configuration.md written');
