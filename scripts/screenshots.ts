/**
 * Screenshots of the built demo for the README: `pnpm build && pnpm screenshots`.
 * CJK text needs CJK fonts on the machine (Debian: apt-get install fonts-noto-cjk).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/static-server.ts';

const SHOTS = [
	{ path: '/', file: 'home-zh.png', width: 1280 },
	{ path: '/en/', file: 'home-en.png', width: 1280 },
	{ path: '/news/expo-expands-to-eight-halls/', file: 'article-zh.png', width: 1280 },
	{ path: '/en/news/getting-there/', file: 'article-en-dark.png', width: 1280, scheme: 'dark' as const },
	{ path: '/en/news/hall-layout-released/', file: 'article-en.png', width: 1280 },
	{ path: '/news/exhibitor-registration-opens/', file: 'article-zh-phone.png', width: 390 },
	{ path: `/search/?q=${encodeURIComponent('协作机器人')}`, file: 'search-zh.png', width: 1280 },
	{ path: '/press/', file: 'press-zh.png', width: 1280 },
	{ path: '/exhibitors/', file: 'exhibitors-zh-phone.png', width: 390 },
	{ path: '/en/exhibitors/hall/hall-2/', file: 'exhibitors-hall-en.png', width: 1280 },
	{ path: '/exhibitors/lanqi-robotics/', file: 'exhibitor-zh.png', width: 1280 },
	{ path: '/exhibitors/plan/#lanqi-robotics,heshan-cnc,changfeng-robotics', file: 'visit-plan-zh-phone.png', width: 390 },
	{ path: '/programme/', file: 'programme-zh-phone.png', width: 390 },
	{ path: '/en/programme/#day-2027-04-22', file: 'programme-en.png', width: 1280 },
	{ path: '/en/programme/innovation-awards-ceremony/', file: 'session-en.png', width: 1280 },
];

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const out = new URL('../docs/screenshots/', import.meta.url);
const server = await serveStatic(dist);
const browser = await launchChromium();
try {
	for (const { path, file, width, scheme = 'light' } of SHOTS as {
		path: string;
		file: string;
		width: number;
		scheme?: 'light' | 'dark';
	}[]) {
		const page = await browser.newPage({
			viewport: { width, height: width < 500 ? 844 : 1000 },
			deviceScaleFactor: width < 500 ? 2 : 1,
			colorScheme: scheme,
		});
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		await page.screenshot({ path: fileURLToPath(new URL(file, out)) });
		await page.close();
		console.log(`docs/screenshots/${file}`);
	}
	// The link-preview image an article without a cover gets, as WeChat or LinkedIn would show it.
	const page = await browser.newPage();
	await page.goto(`${server.url}/news/visitor-survey-findings/`);
	const preview = await page.locator('meta[property="og:image"]').getAttribute('content');
	const response = await page.request.get(server.url + new URL(preview!).pathname);
	writeFileSync(fileURLToPath(new URL('link-preview-zh.png', out)), await response.body());
	await page.close();
	console.log('docs/screenshots/link-preview-zh.png');
} finally {
	await browser.close();
	await server.close();
}
