/**
 * `pavilion-import exhibitors <list.xlsx | list.csv> [--columns map.json] [--dry-run] [--root .]`:
 * the options and paths of the exhibitor import, the site's sectors and halls from pavilion() in
 * astro.config.mjs, and the report. It exits with 1 when a row was refused, after importing the
 * others, so that a script or a CI step notices; the report says which rows and why.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatExhibitorReport } from './exhibitor-report.ts';
import { importExhibitors } from './import-exhibitors.ts';
import { loadSiteAt } from './site-config.ts';

export const EXHIBITORS_USAGE = `pavilion-import exhibitors <list.xlsx | list.csv> [options]

Writes or updates one entry per exhibitor in site/exhibitors/<name>.yaml from the registration
system's exhibitor list, and reports rows it cannot use and entries the list no longer has.

  --columns map.json   headers the known table lacks, as { "参展企业": "name.zh", "Booth": "stand.number" }
  --dry-run            read and report, write nothing
  --root .             the site's folder (its astro.config.mjs gives the sectors and halls)

Exit code 1 when a row was refused (the other rows are imported). "Importing the exhibitor list"
in pavilion-import's README lists the headers it reads and the rules of an update.`;

function readColumnsFile(file: string): Record<string, string> {
	const expected = `--columns ${file}: expected a JSON object of header to field, such as { "参展企业": "name.zh" }`;
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		throw new Error(`${expected}; the file was not found or is not JSON`);
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.values(parsed).every((field) => typeof field === 'string'))
		throw new Error(expected);
	return parsed as Record<string, string>;
}

export async function exhibitorsCommand(args: string[]): Promise<void> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			root: { type: 'string', default: process.cwd() },
			columns: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(EXHIBITORS_USAGE);
		return;
	}
	const [sheet, ...more] = positionals;
	if (sheet === undefined) throw new Error('Missing: the exhibitor list. Pass the registration system’s export, .xlsx or .csv.');
	if (more.length > 0) throw new Error(`One exhibitor list at a time; ${positionals.length} were given.`);

	const root = resolve(values.root);
	const site = await loadSiteAt(root);
	if (!site)
		throw new Error(
			`${join(root, 'astro.config.mjs')} was not found: the exhibitor import reads the sectors and halls from pavilion({ exhibitors }) there (pass --root for a site elsewhere).`,
		);
	if (!site.exhibitors)
		throw new Error(
			`${join(root, 'astro.config.mjs')}: pavilion() has no exhibitors option; expected exhibitors: { sectors, halls } before importing the exhibitor list.`,
		);
	const report = await importExhibitors({
		sheet,
		root,
		columns: values.columns === undefined ? {} : readColumnsFile(values.columns),
		locales: Object.keys(site.config.locales),
		defaultLocale: site.config.defaultLocale,
		exhibitors: site.exhibitors,
		dryRun: values['dry-run'],
	});
	console.log(formatExhibitorReport(report));
	if (report.refused.length > 0) process.exitCode = 1;
}
