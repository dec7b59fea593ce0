import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import { guardedFetch } from './hosts.ts';
import { attribute, isElement } from './html-tree.ts';
import { clip } from './report.ts';
import { svgProblems } from 'astro-pavilion/tools';

/**
 * Pictures of an imported article are copied (saved pages) or downloaded (pages online, WordPress
 * uploads) into a folder of their own, and the body points at them relative to the article file,
 * as Pavilion expects. A picture that cannot be had is never dropped quietly: an HTML comment with
 * its old address stays where it was, and the report lists it.
 */
export interface ImageOptions {
	/** Folder for this article's pictures: site/images/imported/<slug>/. */
	folder: string;
	/** The article file, for the relative path in the Markdown. */
	articleFile: string;
	/** A local copy of wp-content/uploads: WordPress pictures are taken from it before the network. */
	uploads?: string | undefined;
	/** The page's old address: a picture missing from a saved page is fetched from there when allowed. */
	oldUrl?: string | undefined;
	fetchMissing: boolean;
	/** Never use the network: pictures that are not on disk are reported missing. */
	offline: boolean;
	dryRun: boolean;
	fetchFn: typeof fetch;
	/** Files written or planned in this run, path → content hash: two pictures never share a name. */
	claimed: Map<string, string>;
	/** The folder a saved page was given in: its pictures are read from inside it, never from elsewhere on the disk. */
	localRoot?: string | undefined;
	/** A wget mirror: the folder and the old site's address of it, so that "/uploads/…" is found in the copy. */
	mirror?: { folder: string; oldBase: string } | undefined;
	/** Private and loopback hosts that may be fetched from (--allow-host). */
	allowHosts?: readonly string[] | undefined;
}

export interface CopiedImage {
	from: string;
	/** Path written into the Markdown, relative to the article. */
	to: string;
	alt: string;
	note?: string | undefined;
}

export interface MissingImage {
	/** The address as the old page wrote it. */
	src: string;
	/** Resolved: on the old site when its address is known, else on disk. */
	url: string;
	alt: string;
	reason: string;
}

type ImageType = 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg';

/** What the bytes are, from their first bytes: servers often answer a missing picture with an HTML page and status 200. */
export function imageType(bytes: Uint8Array): ImageType | 'bmp' | 'tiff' | undefined {
	const ascii = (start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));
	if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
	if (ascii(0, 4) === 'GIF8') return 'gif';
	if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
	if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif';
	if (ascii(0, 2) === 'BM') return 'bmp';
	if (ascii(0, 4) === 'II*\u0000' || ascii(0, 4) === 'MM\u0000*') return 'tiff';
	const head = new TextDecoder()
		.decode(bytes.subarray(0, 1000))
		.replace(/^\uFEFF/, '')
		.trimStart();
	if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'svg';
	return undefined;
}

const TIMEOUT = 30_000;
const SIZED = /-\d+x\d+(\.\w+)$/;

interface Fetched {
	bytes: Uint8Array;
	from: string;
	note?: string | undefined;
}

async function download(url: string, options: ImageOptions): Promise<Fetched | { reason: string }> {
	if (options.offline) return { reason: 'not on disk, and --offline forbids fetching it' };
	try {
		const fetched = await guardedFetch(url, { fetchFn: options.fetchFn, allowHosts: options.allowHosts ?? [], timeout: TIMEOUT });
		if ('refused' in fetched) return { reason: `refused: ${fetched.refused}` };
		const { response } = fetched;
		if (!response.ok) return { reason: `the server answered ${response.status} ${response.statusText}`.trim() };
		return { bytes: new Uint8Array(await response.arrayBuffer()), from: url };
	} catch (error) {
		return { reason: `could not be fetched (${(error as Error).message})` };
	}
}

/**
 * A part of an address made readable: "%E5%B1%95" becomes "展", "100%25.jpg" "100%.jpg". A "%" that
 * starts no escape ("100%.jpg", as some pages write it) stays as it is, instead of stopping the run.
 */
function decodePart(part: string): string {
	return part.replace(/(?:%[0-9a-f]{2})+/gi, (escaped) => {
		try {
			return decodeURIComponent(escaped);
		} catch {
			return escaped;
		}
	});
}

/**
 * Whether `file` lies inside `folder` once ".." and symbolic links are resolved: an address such as
 * "uploads/..%2F..%2Fetc/passwd" must not read a file of the importing machine.
 */
export function isInside(folder: string, file: string): boolean {
	const real = (path: string): string => {
		try {
			return realpathSync(path);
		} catch {
			// A file that does not exist yet is judged by its path; its folder may still be a link.
			const parent = dirname(path);
			return parent === path ? path : join(real(parent), relative(parent, path));
		}
	};
	const path = relative(real(resolve(folder)), real(resolve(file)));
	return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/** The path of an upload below wp-content/uploads: WordPress sites and WordPress.com blogs (example.files.wordpress.com/2022/01/…). */
function uploadPath(url: URL): string | undefined {
	if (/\.files\.wordpress\.com$/i.test(url.hostname)) return url.pathname.replace(/^\/+/, '') || undefined;
	return /\/wp-content\/uploads\/(.+)$/.exec(url.pathname)?.[1];
}

/** A WordPress upload, from the local copy of wp-content/uploads when there is one. */
function fromUploads(url: URL, uploads: string): Fetched | { reason: string } | undefined {
	const rest = uploadPath(url);
	if (!rest) return undefined;
	const file = join(uploads, ...rest.split('/').map(decodePart));
	if (!isInside(uploads, file)) return { reason: 'its path leads out of the uploads folder: refused' };
	if (existsSync(file)) return { bytes: readFileSync(file), from: file };
	// Classic posts show a resized copy (photo-300x200.jpg); an uploads folder without the copies still has the original.
	const original = file.replace(SIZED, '$1');
	if (original !== file && isInside(uploads, original) && existsSync(original))
		return {
			bytes: readFileSync(original),
			from: original,
			note: `the resized copy ${rest} is not in the uploads folder; the original was used`,
		};
	return undefined;
}

async function bytesOf(src: string, base: string, options: ImageOptions): Promise<Fetched | { reason: string }> {
	const data = /^data:image\/[\w.+-]+;base64,(.*)$/is.exec(src);
	if (data) return { bytes: Buffer.from(data[1]!, 'base64'), from: 'an image embedded in the page (data: address)' };
	// Only a page's own relative addresses are files; a page naming file:///etc/… names the importing machine's files.
	if (/^\s*file:/i.test(src)) return { reason: 'is a file: address, which names a file of the importing machine: refused' };
	const mirrored = inMirror(src, options);
	if (mirrored && 'reason' in mirrored) return mirrored;
	if (mirrored) {
		if (existsSync(mirrored.file)) return { bytes: readFileSync(mirrored.file), from: mirrored.file };
		if (!options.fetchMissing) return { reason: `no file at ${mirrored.file} (pass --fetch-missing to fetch it from the old site)` };
		const fetched = await download(mirrored.url, options);
		return 'bytes' in fetched ? fetched : { reason: `no file at ${mirrored.file}, and from the old site it ${fetched.reason}` };
	}
	let url: URL;
	try {
		// Outside the mirrored folder, an address of a mirrored page is one of the old site.
		url = new URL(src, options.mirror && options.oldUrl ? options.oldUrl : base);
	} catch {
		return { reason: 'is not an address' };
	}
	if (url.protocol === 'file:') {
		const file = fileURLToPath(url);
		if (!options.localRoot || !isInside(options.localRoot, file))
			return {
				reason: options.localRoot
					? `${file} lies outside the folder given (${options.localRoot}): refused`
					: 'is a relative address, and the page has no address or folder to read it from',
			};
		if (existsSync(file)) return { bytes: readFileSync(file), from: file };
		const online = options.oldUrl && options.fetchMissing ? new URL(src, options.oldUrl).href : undefined;
		if (online) {
			const fetched = await download(online, options);
			return 'bytes' in fetched ? fetched : { reason: `no file at ${file}, and from the old site it ${fetched.reason}` };
		}
		return { reason: `no file at ${file}${options.oldUrl ? ' (pass --fetch-missing to fetch it from the old site)' : ''}` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return { reason: `is a ${url.protocol} address` };
	if (options.uploads) {
		const local = fromUploads(url, options.uploads);
		if (local) return local;
	}
	return download(url.href, options);
}

/**
 * A picture of a wget mirror: the page's address on the old site (from --old-base) resolves it,
 * and an address below --old-base is a file below the mirror's folder. "/uploads/2022/01/1.jpg"
 * is so found inside the copy, not at the root of the importing machine's disk.
 */
function inMirror(src: string, options: ImageOptions): { file: string; url: string } | { reason: string } | undefined {
	if (!options.mirror || !options.oldUrl) return undefined;
	let url: URL;
	try {
		url = new URL(src, options.oldUrl);
	} catch {
		return undefined;
	}
	let base: string;
	try {
		// Written as URLs write it ("HTTPS://Old.Site" → "https://old.site/"), so that the two compare.
		base = new URL(options.mirror.oldBase.endsWith('/') ? options.mirror.oldBase : `${options.mirror.oldBase}/`).href;
	} catch {
		return undefined;
	}
	if (!url.href.startsWith(base)) return undefined;
	const rest = url.href.slice(base.length).split(/[?#]/)[0]!;
	const file = join(options.mirror.folder, ...rest.split('/').map(decodePart));
	if (!isInside(options.mirror.folder, file)) return { reason: `its path leads out of the mirror's folder: refused` };
	return { file, url: url.href };
}

/** A file name from the old one, in plain ASCII: "展馆外景.JPG" and "IMG_0042.jpeg" become "image.jpg" and "img-0042.jpg". */
function baseName(src: string): string {
	let name: string;
	try {
		name = decodePart(new URL(src, 'file:///').pathname.split('/').at(-1) ?? '');
	} catch {
		name = '';
	}
	return (
		name
			.replace(/\.[a-z0-9]+$/i, '')
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/, '') || 'image'
	);
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Where the picture goes: its own name, or the name with -2, -3… when another picture has it. Same bytes, same file. */
function placeFor(name: string, extension: string, bytes: Uint8Array, options: ImageOptions): string {
	const hash = hashOf(bytes);
	for (let index = 1; ; index++) {
		const file = join(options.folder, `${name}${index === 1 ? '' : `-${index}`}.${extension}`);
		const claimed = options.claimed.get(file);
		if (claimed === hash) return file;
		if (claimed !== undefined) continue;
		if (existsSync(file) && hashOf(readFileSync(file)) !== hash) continue;
		options.claimed.set(file, hash);
		return file;
	}
}

/** Copy one picture; the path to put in the article, or why it could not be had. */
export async function importImage(
	src: string,
	base: string,
	options: ImageOptions,
): Promise<{ to: string; from: string; note?: string | undefined } | { reason: string }> {
	const fetched = await bytesOf(src, base, options);
	if ('reason' in fetched) return fetched;
	const type = imageType(fetched.bytes);
	if (!type) return { reason: `${fetched.from} is not an image (an error page saved in its place?)` };
	if (type === 'bmp' || type === 'tiff')
		return { reason: `${fetched.from} is a ${type.toUpperCase()} file, which Astro cannot resize: convert it to PNG or JPEG` };
	if (type === 'svg') {
		const problem = svgProblems(new TextDecoder().decode(fetched.bytes), { accept: 'drawing' })[0]?.found;
		if (problem)
			return {
				reason: `${clip(fetched.from)} is an SVG picture holding ${problem}: refused (an SVG is imported only when it is a drawing, with no script or outside references)`,
			};
	}
	// Named after the file actually used: the original when a resized copy was missing.
	const named = src.startsWith('data:') ? 'image' : /^https?:/i.test(fetched.from) ? fetched.from : pathToFileURL(fetched.from).href;
	const file = placeFor(baseName(named), type, fetched.bytes, options);
	if (!options.dryRun) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, fetched.bytes);
	}
	return { to: relative(dirname(options.articleFile), file).split(sep).join('/'), from: fetched.from, note: fetched.note };
}

const markerText = (text: string) => text.replace(/--+/g, '-').replace(/>/g, '›');

/** Copy every picture of the body and point the body at the copies; pictures that cannot be had are marked where they were. */
export async function importBodyImages(
	body: Root | Element,
	base: string,
	options: ImageOptions,
): Promise<{ copied: CopiedImage[]; missing: MissingImage[] }> {
	const copied: CopiedImage[] = [];
	const missing: MissingImage[] = [];
	const visit = async (node: Root | Element) => {
		for (const [index, child] of node.children.entries()) {
			if (!isElement(child)) continue;
			if (child.tagName !== 'img') {
				await visit(child);
				continue;
			}
			const src = attribute(child, 'src')?.trim() ?? '';
			const alt = attribute(child, 'alt')?.trim() ?? '';
			const result = src ? await importImage(src, base, options) : { reason: 'the <img> has no address' };
			if ('to' in result) {
				child.properties.src = result.to;
				copied.push({ from: result.from, to: result.to, alt, note: result.note });
				continue;
			}
			const url = src.startsWith('data:') ? 'data: image' : clip(safeUrl(src, options.oldUrl) ?? safeUrl(src, base) ?? src);
			missing.push({ src: src.startsWith('data:') ? 'data: image' : clip(src), url, alt: clip(alt), reason: clip(result.reason, 400) });
			const marker: ElementContent = {
				type: 'comment',
				value: ` image not imported: ${markerText(clip(url))}${alt ? ` (alt: ${markerText(clip(alt))})` : ''} — see the import report `,
			};
			// The caption was the picture's title (body.ts): without the picture it stays, as text in its place.
			const caption = attribute(child, 'title')?.trim();
			node.children.splice(index, 1, marker, ...(caption ? [{ type: 'text' as const, value: caption }] : []));
		}
	};
	await visit(body);
	return { copied, missing };
}

function safeUrl(src: string, base: string | undefined): string | undefined {
	if (!base) return undefined;
	try {
		return new URL(src, base).href;
	} catch {
		return undefined;
	}
}
