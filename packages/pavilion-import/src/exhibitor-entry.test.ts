import { describe, expect, it } from 'vitest';
import { Document, parseDocument } from 'yaml';
import { applyRow } from './exhibitor-entry.ts';

const LOCALES = { locales: ['zh', 'en'], defaultLocale: 'zh' };

describe('applyRow', () => {
	it('puts a field the entry lacks where the schema lists it, and keeps the comments of a value it changes', () => {
		const doc = parseDocument('name: 临江视觉\nregion: HK # confirmed by phone\nlogo: ./logos/linjiang.png\n');
		expect(applyRow(doc, { region: 'CN', website: 'https://linjiang.example.com', 'contact.phone': '+86 838 6655 0101' }, LOCALES)).toEqual(
			['region', 'website', 'contact.phone'],
		);
		expect(doc.toString()).toBe(
			'name: 临江视觉\nregion: CN # confirmed by phone\nwebsite: https://linjiang.example.com\nlogo: ./logos/linjiang.png\ncontact: { phone: +86 838 6655 0101 }\n',
		);
	});
	it('changes nothing when the row gives what the entry holds, sectors in any order', () => {
		const doc = parseDocument(
			'name: { zh: 临江视觉, en: Linjiang Vision }\nstand: { hall: hall-1, number: "105" }\nsectors: [vision, robotics]\n',
		);
		expect(applyRow(doc, { 'name.zh': '临江视觉', 'stand.number': '105', sectors: ['robotics', 'vision'] }, LOCALES)).toEqual([]);
	});
	it('writes one name for every language when only the English one is known, per locale once the Chinese one is', () => {
		const doc = new Document({});
		applyRow(doc, { 'name.en': 'Optikwerk GmbH' }, LOCALES);
		expect(doc.toJS()).toEqual({ name: 'Optikwerk GmbH' });
		expect(applyRow(doc, { 'name.zh': '光学工坊' }, LOCALES)).toEqual(['name.zh']);
		expect(doc.toJS()).toEqual({ name: { zh: '光学工坊', en: 'Optikwerk GmbH' } });
	});
});
