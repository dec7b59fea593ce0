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
		'Articles may hold raw HTML for structure and presentation: tables, `<details>`, `<sup>`, `<span class="…">` and the like. The build stops on anything that runs script, embeds another site or loads files from other hosts:',
		'',
		'- `<script>`, `<iframe>`, `<frame>`, `<object>`, `<embed>`, `<applet>`, `<form>`, `<style>`, `<base>`, `<meta>` and `<link>`;',
		'- event-handler attributes (`onclick`, `onerror`, …) and `style` attributes with `url()`;',
		'- links and image addresses that are not http(s), `mailto:`, `tel:` or a path, such as `javascript:` and `data:`, in HTML or in Markdown `[text](address)`;',
		"- images from other hosts (put the picture next to the article instead), and images in raw HTML (use Markdown's `![description](path)`, which Astro optimizes).",
		'',
		'The same rules hold for MDX. Feeds additionally pass every article through an HTML sanitizer, so a feed reader never receives script even from a component.',
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
