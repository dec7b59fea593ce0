import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXHIBITOR_FIELDS, KNOWN_HEADERS, mapColumns } from './exhibitor-columns.ts';

const fieldsOf = (headers: string[], given?: Record<string, string>) =>
	Object.fromEntries([...mapColumns(headers, given).fields].map(([index, field]) => [headers[index]!, field]));

describe('mapColumns', () => {
	it('reads the Chinese headers registration systems export, spaces and full-width forms aside', () => {
		expect(fieldsOf(['序号', '展商名称', '英文名称', '展馆', '展 位 号', '所属行业', '国家/地区', '网址', '简介'])).toEqual({
			展商名称: 'name.zh',
			英文名称: 'name.en',
			展馆: 'stand.hall',
			'展 位 号': 'stand.number',
			所属行业: 'sectors',
			'国家/地区': 'region',
			网址: 'website',
			简介: 'description.zh',
		});
		expect(mapColumns(['序号', '展商名称']).unread).toEqual(['序号']);
	});
	it('reads English headers without regard to case', () => {
		expect(fieldsOf(['Company Name', 'HALL', 'Booth No.', 'Country/Region', 'Website', 'Company Profile'])).toEqual({
			'Company Name': 'name.en',
			HALL: 'stand.hall',
			'Booth No.': 'stand.number',
			'Country/Region': 'region',
			Website: 'website',
			'Company Profile': 'description.en',
		});
	});
	it('lets --columns name a header the table does not know, or read a known one otherwise', () => {
		expect(fieldsOf(['参展企业', '展位号'], { 参展企业: 'name.zh' })).toEqual({ 参展企业: 'name.zh', 展位号: 'stand.number' });
		expect(fieldsOf(['简介'], { 简介: 'description.en', x: 'name.en' })).toEqual({ 简介: 'description.en' });
	});
	it('stops on a field two columns give, a --columns field that is not one, and a sheet without names', () => {
		expect(mapColumns(['展商名称', '企业名称']).problems).toEqual([
			'columns "展商名称" and "企业名称" both give name.zh; expected one column for it (say which with --columns)',
		]);
		expect(mapColumns(['展商名称'], { 展位: 'booth' }).problems[0]).toMatch(
			/^--columns "展位": "booth" was given; expected one of name\.zh, /,
		);
		expect(mapColumns(['展位号', '展馆']).problems).toEqual([
			'no column gives the exhibitor\'s name; expected one headed 展商名称 or 英文名称 (or named with --columns), found "展位号", "展馆"',
		]);
	});
});

describe('the README', () => {
	it('lists the headers KNOWN_HEADERS reads, field by field, in "Importing the exhibitor list"', () => {
		const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
		const section = readme.slice(readme.indexOf('## Importing the exhibitor list'));
		const table = /^\| Field \| Headers read \|\n\| --- \| --- \|\n((?:\|.*\n)+)/m.exec(section)?.[1];
		const expected = EXHIBITOR_FIELDS.map(
			(field) =>
				`| \`${field}\` | ${Object.entries(KNOWN_HEADERS)
					.filter(([, known]) => known === field)
					.map(([header]) => header)
					.join(', ')} |\n`,
		).join('');
		expect(table).toBe(expected);
	});
});
