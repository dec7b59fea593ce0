import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { article, picture, zh, zhMessage, type HandledCase, type RefusedCase } from '../catalogue-kit.ts';
import { withOptions, writeFile } from '../test-utils.ts';

/** A folder elsewhere on the machine, as a stranger's home folder would be: what a link may not reach. */
function outside(): string {
	const dir = mkdtempSync(join(tmpdir(), 'pavilion-outside-'));
	// The first line of a password file: it must never appear in a message or a log.
	writeFileSync(join(dir, 'passwd'), 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n');
	return dir;
}

/** A link at `path` in the copy to `target` outside it. */
function link(root: string, path: string, target: string): void {
	mkdirSync(join(root, path, '..'), { recursive: true });
	symlinkSync(target, join(root, path));
}

const FROM_THIS_SITE = 'expected only files of this site';
const OUTSIDE_LINK = 'is a symbolic link to a file or folder outside the project; expected the file itself inside the project';
const SCRIPTED_SVG =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="fetch(\'/admin/\')"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>\n';

/** customCss whose stylesheet `css` is refused for what `found` names (its line, its address). */
const remoteCss = (name: string, why: string, css: string, found: string): RefusedCase => ({
	name,
	why,
	area: 'Options',
	setup: (root) => {
		writeFile(root, 'src/styles/brand.css', css);
		withOptions(root, { customCss: ['./src/styles/brand.css'] });
	},
	message: [`customCss: src/styles/brand.css ${found} was given, which loads from another host`, FROM_THIS_SITE],
});

/** Options and files that must stay inside the project and inside the rules. */
export const REFUSED: RefusedCase[] = [
	remoteCss(
		'customCss importing a stylesheet from another host',
		'customCss goes into every page: an @import of a web-font service would make every reader load from that host, and it is blocked in mainland China.',
		':root { --pv-accent: #c8102e; }\n@import url(https://fonts.example.com/css2?family=Brand);\n',
		'line 2: @import "https://fonts.example.com/css2?family=Brand"',
	),
	remoteCss(
		'customCss with a font from another host',
		'A remote @font-face src is loaded by every page that uses the font.',
		'@font-face {\n\tfont-family: Brand;\n\tsrc: url("https://cdn.example.com/brand.woff2") format("woff2");\n}\n',
		'line 3: url "https://cdn.example.com/brand.woff2"',
	),
	remoteCss(
		'customCss with a background from another host, written with escapes',
		'url(//…) takes the page’s scheme and loads from another host; the CSS is read as a browser reads it, so escapes hide nothing.',
		'.hero {\n\tbackground: url(\\2f\\2f tracker.example.com/pixel.png);\n}\n',
		'line 2: url "//tracker.example.com/pixel.png"',
	),
	remoteCss(
		'customCss with an address from another host in a custom property',
		'A custom property loads its address wherever var() uses it; font stacks in quotes stay fine.',
		':root {\n\t--pv-font-sans: "PingFang SC", system-ui;\n\t--hero: url(https://cdn.example.com/hero.jpg);\n}\n.hero { background: var(--hero); }\n',
		'line 3: url "https://cdn.example.com/hero.jpg"',
	),
	{
		name: 'customCss naming a file of the project that is no picture',
		why: 'Vite copies every file a url() names into the site: a url(../../.env) would publish the project’s secrets.',
		area: 'Options',
		setup: (root) => {
			writeFile(root, '.env', 'SECRET_TOKEN=do-not-publish\n');
			writeFile(root, 'src/styles/brand.css', '.hero {\n\tbackground: url(../../.env);\n}\n');
			withOptions(root, { customCss: ['./src/styles/brand.css'] });
		},
		message: [
			'customCss: src/styles/brand.css line 2: url "../../.env" names .env, which is not a picture by its contents; expected a font or a PNG',
		],
	},
	{
		name: 'a logo SVG that runs script',
		why: 'The logo is served from the site’s own address: opened there, its script would run with the site’s rights.',
		area: 'Options',
		setup: (root) => {
			writeFile(root, 'site/images/scripted-logo.svg', SCRIPTED_SVG);
			withOptions(root, { logo: 'site/images/scripted-logo.svg' });
		},
		message: [
			'logo: "site/images/scripted-logo.svg" is an SVG drawing that would run script or load from other hosts when opened',
			'the onload attribute on <svg> was given; expected none: it runs script',
			'a <script> element was given',
			'expected a drawing without them',
		],
	},
	{
		name: 'a body image SVG that runs script',
		why: 'A body image is served from the site’s own address too.',
		area: 'Images',
		setup: (root) => {
			writeFile(root, 'site/images/scripted.svg', SCRIPTED_SVG);
			zh(root, 'scripted-svg.md', 'title: 脚本图片\ndate: 2026-09-01', '![图](../../images/scripted.svg)\n');
		},
		message: [
			zhMessage(
				'scripted-svg.md',
				'body the image "../../images/scripted.svg" (site/images/scripted.svg) is an SVG drawing that would run script or load from other hosts when opened',
			),
			'a <script> element was given',
		],
	},
	{
		name: 'an article that is a link to a file outside the project',
		why: 'The loader follows links: a file from elsewhere on the machine would be published, feeds and search included.',
		area: 'Files',
		setup: (root) => {
			const dir = outside();
			writeFileSync(join(dir, 'private.md'), article('title: 私人笔记\ndate: 2026-09-01', '不该发布的内容。'));
			link(root, 'site/articles/zh/linked.md', join(dir, 'private.md'));
		},
		message: [zhMessage('linked.md', `file site/articles/zh/linked.md ${OUTSIDE_LINK}`)],
	},
	{
		name: 'an article folder that is a link to a folder outside the project',
		why: 'The same holds for a whole folder of articles.',
		area: 'Files',
		setup: (root) => {
			const dir = outside();
			writeFileSync(join(dir, 'notes.md'), article('title: 私人笔记\ndate: 2026-09-01', '不该发布的内容。'));
			link(root, 'site/articles/zh/private', dir);
		},
		message: [zhMessage('private/notes.md', `file site/articles/zh/private ${OUTSIDE_LINK}`)],
	},
	{
		name: 'a cover that is a link to a photo outside the project',
		why: 'The photo would ship under its real name, from a folder nobody chose to publish.',
		area: 'Images',
		setup: async (root) => {
			const dir = outside();
			await picture(dir, 'holiday.jpg', 320, 200);
			link(root, 'site/images/linked-cover.jpg', join(dir, 'holiday.jpg'));
			zh(root, 'linked-cover.md', 'title: 链接封面\ndate: 2026-09-01\ncover: ../../images/linked-cover.jpg\ncoverAlt: 照片');
		},
		message: [
			zhMessage('linked-cover.md', `cover "../../images/linked-cover.jpg" was given, but site/images/linked-cover.jpg ${OUTSIDE_LINK}`),
		],
	},
	{
		name: 'a body image that is a link to a system file',
		why: 'The file would be read as an image, and Vite would print its first line in the build log.',
		area: 'Images',
		setup: (root) => {
			link(root, 'site/images/system.png', join(outside(), 'passwd'));
			zh(root, 'linked-image.md', 'title: 链接图片\ndate: 2026-09-01', '![图](../../images/system.png)\n');
		},
		message: [
			zhMessage('linked-image.md', `body the image "../../images/system.png" was given, but site/images/system.png ${OUTSIDE_LINK}`),
		],
	},
	{
		name: 'an image field a site adds that is a link to a system file',
		why: 'Fields a site adds with image() follow the rules of covers: Vite would read the file through the link and print its first line.',
		area: 'Images',
		setup: (root) => {
			writeFile(
				root,
				'src/content.config.ts',
				`import { defineCollection } from 'astro:content';
import { articlesLoader, articlesSchema } from 'astro-pavilion/content';

export const collections = {
	articles: defineCollection({
		loader: articlesLoader(),
		schema: (context) => articlesSchema()(context).extend({ banner: context.image().optional() }),
	}),
};
`,
			);
			link(root, 'site/images/banner.png', join(outside(), 'passwd'));
			zh(root, 'banner.md', 'title: 横幅\ndate: 2026-09-01\nbanner: ../../images/banner.png');
		},
		message: [zhMessage('banner.md', `banner the image "../../images/banner.png" was given, but site/images/banner.png ${OUTSIDE_LINK}`)],
	},
	{
		name: 'an image of a site’s own collection that is a link to a system file',
		why: 'The theme checks its own articles by name; for a collection of the site’s own, the file outside is still never read or printed.',
		area: 'Images',
		setup: (root) => {
			writeFile(
				root,
				'src/content.config.ts',
				`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articlesLoader, articlesSchema } from 'astro-pavilion/content';

export const collections = {
	articles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }),
	halls: defineCollection({
		loader: glob({ base: './site/halls', pattern: '*.md' }),
		schema: ({ image }) => z.object({ title: z.string(), photo: image() }),
	}),
};
`,
			);
			link(root, 'site/images/hall-photo.png', join(outside(), 'passwd'));
			writeFile(root, 'site/halls/a.md', '---\ntitle: A\nphoto: ../images/hall-photo.png\n---\n');
		},
		message: ['An image named in the front matter of a content collection leads outside the project, through a symbolic link'],
	},
	{
		name: 'a logo that is a link to a file outside the project',
		why: 'Path options follow the same rule as article files: logo, socialImage, QR codes and customCss.',
		area: 'Options',
		setup: (root) => {
			link(root, 'site/images/linked-logo.svg', join(outside(), 'passwd'));
			withOptions(root, { logo: 'site/images/linked-logo.svg' });
		},
		message: [`logo: "site/images/linked-logo.svg" was given, but site/images/linked-logo.svg ${OUTSIDE_LINK}`],
	},
	{
		name: 'a press-kit file that is a link to a file outside the project',
		why: 'Every file of the press folder is served for download.',
		area: 'Files',
		setup: async (root) => {
			mkdirSync(join(root, 'site/press/downloads'), { recursive: true });
			await picture(root, 'site/press/downloads/photo.jpg', 320, 200);
			link(root, 'site/press/downloads/passwd.txt', join(outside(), 'passwd'));
			withOptions(root, { press: { downloads: 'site/press/downloads' } });
		},
		message: [
			`press.downloads: the file "passwd.txt" in site/press/downloads was given, but site/press/downloads/passwd.txt ${OUTSIDE_LINK}`,
		],
	},
	{
		name: 'a file of the public folder that is a link to a file outside the project',
		why: 'Astro copies the public folder into the site as it is, following links.',
		area: 'Files',
		setup: (root) => link(root, 'site/public/downloads/passwd.txt', join(outside(), 'passwd')),
		message: [`publicDir: site/public/downloads/passwd.txt ${OUTSIDE_LINK}`],
	},
	{
		name: 'a body image that is a text file',
		why: 'A page would show a broken picture, and the file (here the project’s secrets) would be published.',
		area: 'Images',
		setup: (root) => {
			writeFile(root, '.env', 'SECRET_TOKEN=do-not-publish\n');
			zh(root, 'env-image.md', 'title: 文本图片\ndate: 2026-09-01', '![图](../../../.env)\n');
		},
		message: [
			zhMessage(
				'env-image.md',
				'body the image "../../../.env" (.env) is not a picture by its contents; expected a PNG, JPEG, WebP, GIF, AVIF or SVG file',
			),
		],
	},
	{
		name: 'a body image named like a picture that holds text',
		why: 'The name does not make a picture: the bytes do.',
		area: 'Images',
		setup: (root) => {
			writeFile(root, 'site/articles/zh/notes.png', 'meeting notes, not a picture\n');
			zh(root, 'text-image.md', 'title: 文本图片\ndate: 2026-09-01', '![图](notes.png)\n');
		},
		message: [zhMessage('text-image.md', 'body the image "notes.png" (site/articles/zh/notes.png) is not a picture by its contents')],
	},
	{
		name: 'a body image from the public folder that does not exist',
		why: 'A root path is served from the public folder; a missing file would ship as a broken picture.',
		area: 'Images',
		setup: (root) => zh(root, 'missing-public.md', 'title: 缺图\ndate: 2026-09-01', '![缺图](/images/nowhere.png)\n'),
		message: [
			zhMessage(
				'missing-public.md',
				'body the image "/images/nowhere.png" was given, but there is no file at site/public/images/nowhere.png; expected the path of an image in the public folder (site/public/)',
			),
		],
	},
	remoteCss(
		'customCss importing a stylesheet from another host, the at-rule written with an escape',
		'A browser reads "@im\\port" as @import; a check that compares the name as written would let the stylesheet load.',
		'@im\\port "https://fonts.example.com/brand.css";\n:root { --pv-accent: #c8102e; }\n',
		'line 1: @import "https://fonts.example.com/brand.css"',
	),
];

export const HANDLED: HandledCase[] = [
	{
		name: 'customCss and body images that stay on this site build',
		why: 'Relative and root addresses of the project’s own files are fine, in customCss and in bodies, and so is a link that stays inside the project.',
		area: 'Files',
		setup: async (root) => {
			mkdirSync(join(root, 'site/public/images'), { recursive: true });
			await picture(root, 'site/public/images/hall.jpg', 320, 200);
			await picture(root, 'site/images/texture.jpg', 64, 64);
			symlinkSync('texture.jpg', join(root, 'site/images/texture-link.jpg'));
			writeFile(root, 'src/styles/parts.css', '.pv-prose { background: url(../../site/images/texture.jpg); }\n');
			writeFile(root, 'src/styles/brand.css', '@import "./parts.css";\n.hero { background: url(/images/hall.jpg); }\n');
			withOptions(root, { customCss: ['./src/styles/brand.css'] });
			zh(
				root,
				'own-images.md',
				'title: 本站图片\ndate: 2026-09-01',
				'![展馆](/images/hall.jpg)\n\n![纹理](../../images/texture-link.jpg)\n',
			);
		},
		check: (site) => {
			const images = site.page('/news/own-images/').querySelectorAll('.pv-prose img');
			expect(images.map((image) => image.getAttribute('src'))).toContain('/images/hall.jpg');
			expect(images).toHaveLength(2);
			const css = site
				.files()
				.filter((file) => file.endsWith('.css'))
				.map((file) => site.text(file))
				.join('\n');
			expect(css).toContain('/images/hall.jpg');
		},
	},
];
