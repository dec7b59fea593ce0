import type { AstroConfig } from 'astro';

type ViteBuild = NonNullable<AstroConfig['vite']['build']>;
type OnLog = NonNullable<NonNullable<ViteBuild['rolldownOptions']>['onLog']>;

/**
 * A build prints only what an organizer must act on. Rolldown warns once per MDX article that
 * Astro's own "use astro:head-inject" directive "may not be preserved when bundling"; Astro's
 * output is correct, and 100 such lines at 1,000 articles hide the warnings that matter.
 */
export const quietBuildLog: OnLog = (level, log, handler) => {
	if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
	handler(level, log);
};
