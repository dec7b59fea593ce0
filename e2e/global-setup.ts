import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../packages/pavilion/__tests__/test-utils.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Address of the built demo, served like a static host on loopback. */
		demoUrl: string;
		/** The demo's dist folder. */
		demoDist: string;
	}
}

/** Build the demo once for every browser test file, and serve it. */
export default async function setup(project: TestProject) {
	const root = fileURLToPath(new URL('../', import.meta.url));
	const site = await buildSite(root);
	const server = await serveStatic(site.outDir);
	project.provide('demoUrl', server.url);
	project.provide('demoDist', site.outDir);
	return () => server.close();
}
