/**
 * The browser editor's sessions and speakers collections (the `programme` option), made from their
 * schemas as the exhibitors' is (exhibitor-fields.ts): rooms and tracks are choices from the options.
 */
import { z } from 'astro/zod';
import type { PavilionConfig } from '../../schemas/config.ts';
import { fieldKinds } from '../../schemas/field-kinds.ts';
import type { ImageFunction } from '../../schemas/frontmatter.ts';
import { SESSION_TEXT, SPEAKER_TEXT } from '../../schemas/programme-text.ts';
import { sessionSchema } from '../../schemas/session.ts';
import { speakerSchema } from '../../schemas/speaker.ts';
import { localize } from '../../utils/localize.ts';
import type { EditorLanguage } from './cms-config.ts';
import { dataFields, type DecapDataCollection } from './exhibitor-fields.ts';

const imagePath = (() => z.string().register(fieldKinds, { kind: 'image' })) as unknown as ImageFunction;

export function programmeCollections(config: PavilionConfig, language: EditorLanguage, editorLocale: string): DecapDataCollection[] {
	const options = config.programme;
	if (!options) return [];
	const localeKeys = Object.keys(config.locales);
	const label = (value: string | Record<string, string>) => localize(value, editorLocale, config.defaultLocale);
	const zh = language === 'zh';
	const common = {
		create: true,
		extension: 'yaml' as const,
		format: 'yaml' as const,
		slug: '{{fields.title.en}}',
		identifier_field: `title.${config.defaultLocale}`,
	};
	return [
		{
			...common,
			name: 'sessions',
			label: zh ? '同期活动' : 'Sessions',
			label_singular: zh ? '活动' : 'Session',
			folder: 'site/programme',
			media_folder: 'images',
			public_folder: './images',
			summary: `{{start}} · {{title.${config.defaultLocale}}}`,
			fields: dataFields(config, language, {
				schema: sessionSchema({
					localeKeys,
					defaultLocale: config.defaultLocale,
					rooms: Object.keys(options.rooms),
					tracks: Object.keys(options.tracks),
				}),
				texts: SESSION_TEXT,
				choices: {
					room: Object.entries(options.rooms).map(([value, room]) => ({ label: label(room.name), value })),
					track: Object.entries(options.tracks).map(([value, text]) => ({ label: label(text), value })),
				},
				longText: ['description'],
			}),
		},
		{
			...common,
			name: 'speakers',
			label: zh ? '嘉宾' : 'Speakers',
			label_singular: zh ? '嘉宾' : 'Speaker',
			folder: 'site/speakers',
			slug: '{{fields.name.en}}',
			identifier_field: `name.${config.defaultLocale}`,
			media_folder: 'photos',
			public_folder: './photos',
			summary: `{{name.${config.defaultLocale}}}`,
			fields: dataFields(config, language, {
				schema: speakerSchema({ image: imagePath, localeKeys, defaultLocale: config.defaultLocale }),
				texts: SPEAKER_TEXT,
				choices: {},
				longText: ['bio'],
			}),
		},
	];
}
