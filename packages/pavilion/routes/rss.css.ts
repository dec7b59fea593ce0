import type { APIRoute } from 'astro';
import tokens from '../styles/tokens.css?raw';
import { config } from '../runtime/site.ts';
import { accentCss } from '../utils/color.ts';

/**
 * /rss.css: how a feed looks when a reader opens it in a browser. Browsers are removing XSLT, so
 * the feed is styled as XML with CSS: the explanation at its top and the list of its articles (XHTML
 * inside the channel, written by runtime/feed.ts in the feed's language), with the site's colours
 * and fonts. Everything a feed reader uses but a person does not need to see is hidden, the items
 * included: their XHTML links would make the W3C Feed Validator warn, so the list shows them.
 */
// @namespace must come before every other rule, so it leads the file (see GET).
const NAMESPACE = '@namespace xhtml url(http://www.w3.org/1999/xhtml);';
const FEED_CSS = `
rss {
	display: block;
	max-width: 46rem;
	margin: 0 auto;
	padding: 2rem 1.25rem;
	font-family: var(--pv-font-sans);
	line-height: 1.7;
	color: var(--pv-text);
	background: var(--pv-bg);
}
/* The explanation comes after the channel's title in the XML but first on screen, then the feed's title above its articles. */
channel { display: flex; flex-direction: column; }
channel > * { display: none; }
channel > title {
	display: block;
	order: -1;
	margin: 2rem 0 0.25rem;
	font-size: 1.6rem;
	font-weight: 700;
	line-height: 1.3;
}
channel > description { display: block; order: -1; color: var(--pv-text-muted); }
xhtml|div.pavilion-feed-about {
	display: block;
	order: -2;
	padding: 1rem 1.25rem;
	border-inline-start: 4px solid var(--pv-accent);
	border-radius: 0 var(--pv-radius) var(--pv-radius) 0;
	background: var(--pv-accent-soft);
}
xhtml|h1 { margin: 0 0 0.5rem; font-size: 1.4rem; line-height: 1.3; }
xhtml|p { margin: 0.5rem 0; }
xhtml|code {
	display: block;
	margin: 0.5rem 0;
	padding: 0.5rem 0.75rem;
	border: 1px solid var(--pv-border);
	border-radius: var(--pv-radius);
	background: var(--pv-surface);
	font-family: var(--pv-font-mono);
	overflow-wrap: anywhere;
}
xhtml|ul { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0.75rem 0 0; padding: 0; list-style: none; }
xhtml|a { color: var(--pv-link); font-weight: 700; }
xhtml|a:focus-visible { outline: 3px solid var(--pv-focus); outline-offset: 2px; }
xhtml|div.pavilion-feed-articles { display: block; }
xhtml|ol { margin: 0; padding: 0; list-style: none; }
xhtml|ol > xhtml|li { display: flex; flex-direction: column; padding: 1rem 0; border-bottom: 1px solid var(--pv-border); }
xhtml|li > xhtml|a { font-size: 1.1rem; }
xhtml|time { color: var(--pv-text-muted); font-size: var(--pv-text-sm); }
xhtml|li > xhtml|p { margin: 0.25rem 0 0; }
`;

export const GET: APIRoute = () => {
	const css = [NAMESPACE, tokens, config.accentColor ? accentCss(config.accentColor) : '', FEED_CSS].join('\n');
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
