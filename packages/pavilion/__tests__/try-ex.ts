import { copyFixture, buildSite, writeFile } from './test-utils.ts';
import { withExhibitors } from './exhibitors-kit.ts';
import { readFileSync } from 'node:fs';
const root = copyFixture('basic', 'try-exhibitors');
await withExhibitors(root);
const en = readFileSync(`${root}/site/articles/en/hello-exhibitors.md`, 'utf8').replace(
	'tags: [Robotics]',
	'tags: [Robotics]\nexhibitors: [lanqi-robotics, chiheng-logistics]',
);
writeFile(root, 'site/articles/en/hello-exhibitors.md', en);
const t0 = Date.now();
const site = await buildSite(root);
console.log(
	'built',
	Date.now() - t0,
	site
		.files()
		.filter((f) => f.includes('exhibitors'))
		.slice(0, 80),
);
