import { join } from 'node:path';
import sharp from 'sharp';
import { writeFile, type BuiltSite } from './test-utils.ts';

/**
 * Every broken or hostile input Pavilion knows of, one row each, on its own copy of the basic
 * fixture: either the build stops with one message naming the file or option, the field, what
 * was given and what is expected, or the output is exactly right. docs/refused.md is generated
 * from this table (`pnpm docs:refused`).
 */
export interface RefusedCase {
	name: string;
	/** Why Pavilion refuses it, for docs/refused.md. */
	why: string;
	area: 'Articles' | 'Article bodies' | 'Images' | 'Options' | 'Files' | 'Exhibitors' | 'Programme';
	setup: (root: string) => void | Promise<void>;
	/** The message says all of these. */
	message: string[];
}

export interface HandledCase {
	name: string;
	why: string;
	area: RefusedCase['area'] | 'Publishing' | 'Search';
	setup: (root: string) => void | Promise<void>;
	check: (site: BuiltSite) => void | Promise<void>;
}

export const article = (frontmatter: string, body = '正文。') => `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
export const zh = (root: string, name: string, frontmatter: string, body?: string) =>
	writeFile(root, `site/articles/zh/${name}`, article(frontmatter, body));
export const zhMessage = (name: string, rest: string) => `site/articles/zh/${name}: ${rest}`;

/** A picture of the given size, drawn here, so the tests need no image files of their own. */
export async function picture(root: string, path: string, width: number, height: number): Promise<void> {
	const file = join(root, path);
	await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
		.jpeg()
		.toFile(file);
}

export const metaOf = (site: BuiltSite, path: string, property: string) =>
	site.page(path).querySelector(`meta[property="${property}"]`)?.getAttribute('content');
