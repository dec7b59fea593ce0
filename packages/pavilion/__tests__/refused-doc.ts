import { HANDLED, REFUSED, SEARCH_CASES, type HandledCase, type RefusedCase } from './catalogue-cases.ts';

/**
 * docs/refused.md, written from the catalogue the tests run, so the page lists exactly what is
 * refused (and what is handled) today: `pnpm docs:refused`.
 */
export function refusedDoc(): string {
	const refusedAreas = [...new Set(REFUSED.map((refused) => refused.area))];
	const handled: HandledCase[] = [...HANDLED, ...SEARCH_CASES];
	const row = (item: RefusedCase | HandledCase) => `| ${item.name} | ${item.why} |`;
	return [
		'# What Pavilion refuses, and why',
		'',
		'<!-- Written by `pnpm docs:refused` from packages/pavilion/__tests__/catalogue-cases.ts and catalogue/*.ts; edit those files, not this one. -->',
		'',
		'Press staff are not developers, so a mistake stops the build with one plain message that names the file (or the option), the field, what was given and what was expected, for example:',
		'',
		'```',
		'site/articles/zh/impossible.md: date "2024-13-45" was given; expected a date written YYYY-MM-DD, such as 2026-09-15, or with a time: 2026-09-15T10:30:00+08:00',
		'```',
		'',
		'Nothing an editor writes is silently changed, dropped or published early. Every row below is a test (`__tests__/catalogue.test.ts`) that builds a small site with that input.',
		'',
		'## Raw HTML in articles',
		'',
		'Articles may hold raw HTML for structure and presentation: tables, `<details>`, `<sup>`, `<span class="…">` and the like. Pavilion reads a body as a browser does (the HTML5 parser, with scripting on, so `<noscript>`, `<xmp>` and `<noembed>` hold raw text and `<![CDATA[` is a comment outside SVG) and holds it to one allow-list of elements, attributes and address schemes (`packages/pavilion/utils/body-policy.ts`). Article pages and feeds follow the same list.',
		'',
		'The build stops, naming the file and what was found, on anything that runs script, embeds another site or loads files from other hosts:',
		'',
		'- `<script>`, `<iframe>`, `<frame>`, `<object>`, `<embed>`, `<applet>`, `<form>`, `<style>`, `<base>`, `<meta>` and `<link>`;',
		'- event-handler attributes (`onclick`, `onerror`, …);',
		'- links and addresses that are not http(s), `mailto:`, `tel:` or a path, such as `javascript:` and `data:`, in HTML, in Markdown `[text](address)` and in the values an SVG animation sets;',
		"- files from other hosts in any attribute that loads one (`src`, `srcset`, `poster`, `ping`, an SVG `href`…), and images in raw HTML (use Markdown's `![description](path)`, which Astro optimizes, and put the picture next to the article);",
		'- `style` attributes that load anything: `url()`, `image-set()`, `@import` and the like, read as CSS reads them, escapes (`\\75 rl(`) decoded.',
		'',
		"Everything the allow-list does not know is removed, never passed on: an unknown element is unwrapped and its text kept (`<font>`, `<marquee>`), while `<noscript>`, `<xmp>`, `<noembed>`, `<template>`, `<textarea>`, `<svg>`, `<math>`, `<video>` and `<audio>` go with their content; an unknown attribute is dropped. HTML comments are removed too, from the page source and the feeds alike. The same rules hold for the HTML elements of MDX, whose components are the site's own code; feeds hold every article, components included, to the same list.",
		'',
		"A `style` attribute keeps only the declarations an article's presentation needs (`packages/pavilion/utils/style-policy.ts`): `color`, `background-color`, `font-weight`, `font-style`, `font-size`, `line-height`, `text-align`, `text-decoration` (and its `-line`, `-color`, `-style`, `-thickness`), `text-indent`, `text-transform`, `vertical-align`, `white-space`, `word-break`, `overflow-wrap`, `width`, `height` and their `min-`/`max-` forms, `margin*` and `padding*`, `border*` (widths, styles, colours, `border-radius`, `border-collapse`, `border-spacing`), `list-style-type`, `float` and `clear`. A kept value holds only keywords, colours (`#hex`, `rgb()`, `hsl()` and the like) and sizes that are not negative; `calc()`, `var()` and strings go with their declaration. Every other declaration is removed and the element keeps the rest: `position`, `z-index`, `inset`, `top`/`left`/`right`/`bottom`, `transform`, `display`, `opacity`, `content`, `clip-path`, `mask`, `filter`, `box-shadow`, `outline`, `animation`, `transition`, `font-family`, vendor-prefixed and custom (`--x`) properties (but for the `--shiki-*` colours Shiki writes for a second code theme), and a negative margin or indent, so that no article lays a box over the theme's header, search or share bar. Property names are read as CSS reads them (`PO\\73ITION` is `position`). Feeds drop `style` attributes altogether.",
		'',
		'## Refused',
		'',
		...refusedAreas.flatMap((area) => [
			`### ${area}`,
			'',
			'| Input | Why it is refused |',
			'| --- | --- |',
			...REFUSED.filter((refused) => refused.area === area).map(row),
			'',
		]),
		'## Handled',
		'',
		'These inputs build, and the tests check the output is exactly right.',
		'',
		'| Input | What Pavilion does |',
		'| --- | --- |',
		...handled.map(row),
		'',
	].join('\n');
}
