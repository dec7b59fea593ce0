import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegrationLogger } from 'astro';
import type { PavilionConfig } from '../schemas/config.ts';
import type { ArticleFields } from '../schemas/frontmatter.ts';
import type { OverridableComponent } from '../schemas/components.ts';
import type { SiteFacts } from '../utils/site-facts.ts';
import type { UrlContext } from '../utils/urls.ts';

/** A page of the theme, as Astro's injectRoute takes it (prerendered). */
export interface InjectedRoute {
	pattern: string;
	entrypoint: string;
}

/**
 * A file of the site that only Node can make: it reads the project's disk or runs sharp. These are
 * not routes, because an adapter may render the pages where neither exists (@astrojs/cloudflare
 * renders them in workerd): `astro build` writes them after the pages, and `astro dev` serves them.
 */
export interface NodeFile {
	/** Where it is served, below the site's base, without a leading slash: "icons/logo-192.png". */
	path: string;
	type: string;
	make: () => Promise<Uint8Array>;
}

/**
 * A part of the theme a site can turn off (link previews, search, offline reading, the press
 * centre, the browser editor), said in one place: the core (index.ts, integrations/routes.ts,
 * integrations/virtual-modules.ts, integrations/post-build.ts) reads the list in features/index.ts.
 * A feature that is off adds no route, no virtual module and no post-build step.
 */
export interface PavilionFeature {
	name: string;
	/** The option of the site's config that turns it on or off. */
	option: keyof PavilionConfig;
	isOn(config: PavilionConfig): boolean;
	/** Its pages, with entrypoints as `astro-pavilion/features/...`; `[...locale]` as in integrations/routes.ts. */
	routes(config: PavilionConfig): InjectedRoute[];
	/** Its pages that every locale has, each a translation of the others (hreflang): their paths after the locale's. */
	localePages?: string[];
	/** What it decides once at config time, from the options and the project's files. */
	setup?(context: SetupContext): FeatureSetup;
	/** Site paths the sitemap leaves out. */
	sitemapExclusions?(config: PavilionConfig, base: string): string[];
	/** `astro dev` alone: a middleware of Vite's dev server. */
	devMiddleware?(context: DevContext): DevMiddleware;
	/**
	 * The theme's own file of a component that sites may replace (schemas/components.ts), whether
	 * the feature is on or not: core pages import it as `virtual:pavilion/components/<Name>`.
	 */
	components?: Partial<Record<OverridableComponent, URL>>;
	afterBuild?: PostBuildStep;
}

export interface FeatureSetup {
	/** `virtual:pavilion/*` modules its routes read (id → code). */
	virtualModules?: Record<string, string>;
	/** Files only Node can make (a project file's bytes, a picture drawn by sharp), written after the pages (integrations/node-files.ts writes them). */
	nodeFiles?: NodeFile[];
}

export interface SetupContext {
	config: PavilionConfig;
	root: URL;
	site: URL | undefined;
	base: string;
	/** The fields the site adds to its articles (pavilion({ articleFields })), read once. */
	articleFields: ArticleFields | undefined;
	warn: (message: string) => void;
}

export interface DevContext {
	outDir: URL;
	base: string;
	logger: AstroIntegrationLogger;
}

export type DevMiddleware = (request: Pick<IncomingMessage, 'url'>, response: ServerResponse, next: () => void) => void;

/**
 * What a feature does once the pages are written (integrations/post-build.ts). The steps of round 1
 * run together: each reads the written pages, and hands its heavy work to another thread or process
 * (search indexes in Pagefind's process while previews finish drawing on a worker). Round 2 starts
 * when round 1 is done, since it reads what round 1 wrote (offline reading caches the search index).
 */
export interface PostBuildStep {
	round: 1 | 2;
	/** Returns a line for the build log, written after its round in the list's order. */
	run(context: PostBuildStepContext): Promise<string | undefined>;
}

export interface PostBuildStepContext {
	config: PavilionConfig;
	urls: UrlContext;
	outDir: URL;
	/** Astro's cache folder, where drawn previews are kept between builds. */
	cacheDir: URL;
	buildId: string;
	facts: SiteFacts;
	logger: AstroIntegrationLogger;
	/** Says that the step's heavy work runs elsewhere now, and this thread is free for the others. */
	handedOff: () => void;
	/** Every other step of the round has handed its heavy work off (or finished). */
	othersHandedOff: Promise<void>;
}
