/**
 * Astro 7.3 writes into a module the value of every environment variable whose name occurs in its
 * source when it replaces `import.meta.env` (astro/dist/env/vite-plugin-import-meta-env.js).
 * `_`, which the shell sets to the path of the command it started, occurs in nearly every module.
 * A build started by `pnpm build` after one started by `npx astro build` then had different page
 * code, and the incremental build rendered every page again instead of copying it from its cache.
 * Nothing in a build reads `_`, so it is dropped before Astro reads the environment.
 */
export function dropShellCommandVariable(env: NodeJS.ProcessEnv = process.env): void {
	delete env._;
}
