import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium: Playwright cannot download its own browser here. The flags keep Chromium
 * from calling home, which a closed network answers with a burst of refused connections.
 */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
