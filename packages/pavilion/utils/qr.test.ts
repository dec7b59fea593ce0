import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr.ts';

/** What a phone's camera reads from the code: the SVG drawn to pixels, then decoded. */
async function scan(svg: string): Promise<string | undefined> {
	const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data;
}

describe('the WeChat share code', () => {
	it.each([
		'https://expo.example.com/news/expo-opens/',
		'https://expo.example.com/en/news/2027-exhibitor-guide-robotics-hall-b-opening-hours-and-shuttle-buses/',
		// A Chinese slug as the page's URL carries it: percent-encoded UTF-8.
		`https://expo.example.com/news/${encodeURIComponent('机器人展区')}/`,
	])('scans back to the page URL: %s', async (url) => {
		expect(await scan(await qrSvg(url, 'scan'))).toBe(url);
	});

	it('labels the image with escaped text', async () => {
		const svg = await qrSvg('https://expo.example.com/', '扫一扫 "分享" <到> 微信');
		expect(svg).toMatch(/^<svg role="img" aria-label="扫一扫 &quot;分享&quot; &lt;到&gt; 微信" focusable="false" /);
	});
});
