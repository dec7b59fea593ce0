import { createRequire } from 'node:module';

/**
 * Load a heavy dependency of a post-build step when the step runs, not when Astro loads the
 * integration: `astro dev` and every build start would otherwise pay for it. It is required, not
 * imported: installed from npm, the theme is loaded through Vite, whose module runner is closed
 * by the time the build is done. Each module it loads ships a CommonJS build.
 */
export const loadLater = createRequire(import.meta.url);
