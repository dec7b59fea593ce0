import { describe, expect, it } from 'vitest';
import { parseUserConfig } from '../../config/user-config.ts';
import { EXHIBITOR_TEXT } from '../../schemas/exhibitor-text.ts';
import type { DecapField } from './cms-config.ts';
import { exhibitorCollection } from './exhibitor-fields.ts';
import { programmeCollections } from './programme-fields.ts';
import { SESSION_TEXT } from '../../schemas/programme-text.ts';

const site = {
	title: { zh: '青潭智博会', en: 'QTSE' },
	expo: { name: '青潭智博会', startDate: '2027-04-21', endDate: '2027-04-24', venue: { name: '博览中心', address: '博览大道1号' } },
	cms: true,
};
const exhibitors = {
	sectors: { robotics: { zh: '工业机器人', en: 'Industrial robotics' }, drones: '无人机' },
	halls: { 'hall-1': { name: { zh: '1号馆', en: 'Hall 1' }, floorPlan: 'site/images/halls/hall-1.png' } },
};
const collection = (language: 'zh' | 'en', locale: string) =>
	exhibitorCollection(parseUserConfig({ ...site, exhibitors }), language, locale)!;
const byName = (fields: DecapField[], name: string) => fields.find((field) => field.name === name)!;

describe('the editor’s exhibitors collection', () => {
	it('is there only with the exhibitors option', () => {
		expect(exhibitorCollection(parseUserConfig(site), 'zh', 'zh')).toBeUndefined();
		expect(collection('zh', 'zh')).toMatchObject({ name: 'exhibitors', folder: 'site/exhibitors', extension: 'yaml', format: 'yaml' });
	});

	it('has a field for each field of the schema, in its order, labelled in the editor’s language', () => {
		const fields = collection('zh', 'zh').fields;
		expect(fields.map((field) => field.name)).toEqual([
			'name',
			'sortKey',
			'stand',
			'sectors',
			'region',
			'website',
			'logo',
			'description',
			'products',
			'contact',
		]);
		expect(byName(fields, 'stand').label).toBe(EXHIBITOR_TEXT.stand.label.zh);
		expect(byName(collection('en', 'en').fields, 'stand').hint).toBe(EXHIBITOR_TEXT.stand.hint.en);
	});

	it('asks for a name per language, the default language’s required', () => {
		const name = byName(collection('zh', 'zh').fields, 'name');
		expect(name).toMatchObject({ widget: 'object', required: true });
		expect(name.fields?.map(({ name: key, required }) => [key, required])).toEqual([
			['zh', true],
			['en', false],
		]);
		const products = byName(collection('zh', 'zh').fields, 'products');
		expect(products.fields?.map(({ widget, required }) => [widget, required])).toEqual([
			['list', false],
			['list', false],
		]);
	});

	it('offers the options’ halls and sectors as choices, labelled in the editor’s language', () => {
		const fields = collection('en', 'en').fields;
		expect(byName(fields, 'sectors')).toMatchObject({
			widget: 'select',
			multiple: true,
			min: 1,
			options: [
				{ label: 'Industrial robotics', value: 'robotics' },
				{ label: '无人机', value: 'drones' },
			],
		});
		expect(byName(byName(fields, 'stand').fields!, 'hall')).toMatchObject({
			widget: 'select',
			options: [{ label: 'Hall 1', value: 'hall-1' }],
		});
		expect(byName(fields, 'logo')).toMatchObject({ widget: 'image', required: false });
		expect(byName(fields, 'website').pattern?.[0]).toBe('^https?://');
		expect(byName(fields, 'region').pattern?.[0]).toBe('^[A-Z]{2}$');
	});
});

describe('the editor’s programme collections', () => {
	const programme = {
		rooms: { 'main-forum': { name: { zh: '主论坛厅', en: 'Main Forum Hall' } } },
		tracks: { forums: { zh: '主题论坛', en: 'Forums' } },
	};
	const collections = (language: 'zh' | 'en') => programmeCollections(parseUserConfig({ ...site, programme }), language, language);

	it('are there only with the programme option, for sessions and speakers', () => {
		expect(programmeCollections(parseUserConfig(site), 'zh', 'zh')).toEqual([]);
		expect(collections('zh').map(({ name, folder, extension }) => [name, folder, extension])).toEqual([
			['sessions', 'site/programme', 'yaml'],
			['speakers', 'site/speakers', 'yaml'],
		]);
	});

	it('offer the rooms and tracks as choices, the status as its values, and a moved session’s earlier times as a list', () => {
		const [sessions] = collections('en');
		const fields = sessions!.fields;
		expect(byName(fields, 'room')).toMatchObject({ widget: 'select', options: [{ label: 'Main Forum Hall', value: 'main-forum' }] });
		expect(byName(fields, 'status')).toMatchObject({ widget: 'select', required: false });
		expect(byName(fields, 'sideEvent')).toMatchObject({ widget: 'boolean' });
		expect(byName(fields, 'previous').fields?.map((field) => field.name)).toEqual(['start', 'end']);
		expect(byName(fields, 'start').hint).toBe(SESSION_TEXT.start.hint.en);
	});
});
