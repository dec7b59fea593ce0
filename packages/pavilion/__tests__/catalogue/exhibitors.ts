import { expect } from 'vitest';
import type { HandledCase, RefusedCase } from '../catalogue-kit.ts';
import { EXHIBITORS, withExhibitors } from '../exhibitors-kit.ts';
import { withOptions, writeFile } from '../test-utils.ts';

const file = (slug: string) => `site/exhibitors/${slug}.yaml`;

/** Lanqi Robotics with one line changed: the field under test. */
const lanqi = (from: string | RegExp, to: string) => ({ 'lanqi-robotics': EXHIBITORS['lanqi-robotics']!.replace(from, to) });

/** An exhibitor the directory cannot show right stops the build, naming the file, the field, the value and what is expected. */
export const REFUSED: RefusedCase[] = [
	{
		name: 'an exhibitor in a sector the options do not list',
		why: 'A sector is a list page and a filter; a typo would make an exhibitor impossible to find by sector.',
		area: 'Exhibitors',
		setup: (root) => withExhibitors(root, { changed: lanqi('sectors: [robotics]', 'sectors: [robotic]') }),
		message: [`${file('lanqi-robotics')}: sectors.0`, 'expected one of the sectors in the options: robotics, logistics, drones'],
	},
	{
		name: 'an exhibitor in a hall the options do not list',
		why: 'The stand links to its hall’s floor plan; a hall without one would leave visitors with a dead end.',
		area: 'Exhibitors',
		setup: (root) => withExhibitors(root, { changed: lanqi('hall: hall-1', 'hall: hall-9') }),
		message: [`${file('lanqi-robotics')}: stand.hall`, 'expected one of the halls in the options: hall-1, hall-2'],
	},
	{
		name: 'two exhibitors on one stand',
		why: 'A stand holds one exhibitor: two on one number is a mistake in the list, and visitors would walk to the wrong one.',
		area: 'Exhibitors',
		setup: (root) => withExhibitors(root, { changed: { 'heshan-cnc': EXHIBITORS['heshan-cnc']!.replace('"1A07"', '"1a05"') } }),
		message: [
			`${file('lanqi-robotics')}: stand "hall-1 1A05" is already the stand of ${file('heshan-cnc')}`,
			'expected one exhibitor per stand',
		],
	},
	{
		name: 'two exhibitors with one name',
		why: 'Readers tell exhibitors apart by name; the same name twice is usually the same firm entered twice.',
		area: 'Exhibitors',
		setup: (root) =>
			withExhibitors(root, {
				changed: { 'zz-copy': EXHIBITORS['heshan-cnc']!.replace('"1A07"', '"1A99"').replace('Heshan CNC', 'Heshan Copy') },
			}),
		message: [
			`${file('zz-copy')}: name.zh "鹤山数控" is already the name of ${file('heshan-cnc')}`,
			'expected every exhibitor to have its own name',
		],
	},
	{
		name: 'an exhibitor website that is not a web address',
		why: 'Only http(s) links are followed from the directory: a javascript: or file: link would run or leak on a click.',
		area: 'Exhibitors',
		setup: (root) => withExhibitors(root, { changed: lanqi('https://lanqi.example.com', '"javascript:alert(1)"') }),
		message: [`${file('lanqi-robotics')}: website`, 'expected a full web address starting with https:// (or http://)'],
	},
	{
		name: 'an exhibitor logo that is not there',
		why: 'A missing logo would stop the build in the image service without naming the exhibitor.',
		area: 'Exhibitors',
		setup: (root) => withExhibitors(root, { changed: lanqi('./logos/lanqi-robotics.png', './logos/lanqi.png') }),
		message: [`${file('lanqi-robotics')}: logo "./logos/lanqi.png" was given, but there is no file at site/exhibitors/logos/lanqi.png`],
	},
	{
		name: 'an exhibitor logo that is a page, not a picture',
		why: 'A picture is known by its bytes; an HTML file named .png would be served as the logo.',
		area: 'Exhibitors',
		setup: async (root) => {
			await withExhibitors(root);
			writeFile(root, 'site/exhibitors/logos/lanqi-robotics.png', '<html><script>alert(1)</script></html>');
		},
		message: [
			`${file('lanqi-robotics')}: logo "./logos/lanqi-robotics.png" (site/exhibitors/logos/lanqi-robotics.png) is not a picture by its contents`,
		],
	},
	{
		name: 'a stand number written as a number',
		why: 'YAML reads 0105 as the number 105: the stand would lose its leading zero without a word.',
		area: 'Exhibitors',
		setup: (root) => withExhibitors(root, { changed: lanqi('"1A05"', '0105') }),
		message: [
			`${file('lanqi-robotics')}: stand.number`,
			'expected the stand number as text, such as "1A05" (quote it if it starts with 0)',
		],
	},
	{
		name: 'an exhibitor field the theme does not know',
		why: 'A misspelt field (webiste) would be dropped without a word, and its value never shown.',
		area: 'Exhibitors',
		setup: (root) => withExhibitors(root, { changed: lanqi('website:', 'webiste:') }),
		message: [`${file('lanqi-robotics')}: "webiste" was given, which is not a field of this file`, 'check its spelling'],
	},
	{
		name: 'an exhibitor file in a subfolder',
		why: 'The file name is the exhibitor’s address; a file in a subfolder would never be read.',
		area: 'Exhibitors',
		setup: async (root) => {
			await withExhibitors(root);
			writeFile(root, 'site/exhibitors/hall-1/sakura-motion.yaml', EXHIBITORS['sakura-motion']!);
		},
		message: ['site/exhibitors/hall-1/sakura-motion.yaml: file is in a subfolder', 'expected every exhibitor directly in site/exhibitors'],
	},
	{
		name: 'an exhibitor file named like a directory page',
		why: '/exhibitors/plan/ is the visit plan; an exhibitor named plan would take its address.',
		area: 'Exhibitors',
		setup: (root) =>
			withExhibitors(root, {
				changed: { plan: EXHIBITORS['sakura-motion']!.replace('"1B03"', '"1B09"').replace(/樱动精工|Sakura Motion/g, 'Plan Co') },
			}),
		message: [`${file('plan')}: file name gives the address "plan", which is the name of the plan page beside them`],
	},
	{
		name: 'exhibitors without the exhibitors option',
		why: 'Exhibitor files with the directory off would be published nowhere, without a word.',
		area: 'Exhibitors',
		setup: async (root) => {
			await withExhibitors(root);
			withOptions(root, {});
		},
		message: ['file is an exhibitor, but the exhibitors option is off', 'expected pavilion({ exhibitors: { sectors, halls } })'],
	},
	{
		name: 'an article naming an exhibitor that does not exist',
		why: 'The article would promise an exhibitor’s card and show none.',
		area: 'Exhibitors',
		setup: async (root) => {
			await withExhibitors(root);
			writeFile(
				root,
				'site/articles/zh/names-exhibitor.md',
				'---\ntitle: 展商新品\ndate: 2026-09-01\nexhibitors: [lanqi-robotic]\n---\n\n正文。\n',
			);
		},
		message: [
			'site/articles/zh/names-exhibitor.md: exhibitors names "lanqi-robotic", which is no exhibitor',
			'expected the file name of one in site/exhibitors/',
			'did you mean "lanqi-robotics"?',
		],
	},
	{
		name: 'a hall whose floor plan is not a picture',
		why: 'Every stand links to its hall’s floor plan; a missing or broken file would stop the build later without naming the option.',
		area: 'Options',
		setup: async (root) => {
			await withExhibitors(root);
			writeFile(root, 'site/images/halls/hall-2.png', 'not a picture');
		},
		message: ['exhibitors.halls.hall-2.floorPlan: "site/images/halls/hall-2.png" is not a picture by its contents'],
	},
];

export const HANDLED: HandledCase[] = [
	{
		name: 'exhibitor names and descriptions with markup',
		why: 'Names and descriptions are text: <script> and <img onerror> are shown as typed, on the page, in the cards, the structured data and directory.json.',
		area: 'Exhibitors',
		setup: (root) => withExhibitors(root),
		check: (site) => {
			const page = site.page('/exhibitors/escaped-name/');
			expect(page.querySelector('h1')?.textContent).toBe('<script>alert(1)</script>展商');
			// The only script without a file is the colour scheme's, in the head; no element was made of the text.
			const inline = page.querySelectorAll('script:not([src]):not([type="application/ld+json"])');
			expect(inline.map((script) => script.text).filter((code) => !code.includes('pavilion:scheme'))).toEqual([]);
			expect(page.querySelector('img[src="x"]')).toBeNull();
			expect(page.querySelector('.description')?.text).toBe('简介里有 <img src=x onerror=alert(1)>。');
			expect(site.page('/en/exhibitors/').querySelector('[data-exhibitor="escaped-name"] [data-field="name"]')?.text.trim()).toBe(
				'Tag & <b>Bold</b> Ltd',
			);
			const data = JSON.parse(site.text('/en/exhibitors/directory.json')) as { exhibitors: { n: string }[] };
			expect(data.exhibitors.map((exhibitor) => exhibitor.n)).toContain('Tag & <b>Bold</b> Ltd');
		},
	},
];
