import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { SchemaContext } from 'astro/content/config';
import { entryError, entryFile, yamlEntriesLoader, type StoredEntry } from '../../loaders/yaml-entries.ts';
import type { PavilionConfig } from '../../schemas/config.ts';
import { sessionSchema } from '../../schemas/session.ts';
import { speakerSchema } from '../../schemas/speaker.ts';
import { show } from '../../utils/show.ts';
import { sessionProblems, type CheckedSession } from './session-checks.ts';

const HINT = 'Fix that file: docs/programme.md lists every field of a session and a speaker.';
const OFF = 'the programme option is off; expected pavilion({ programme: { rooms, tracks } }) in astro.config.mjs (docs/programme.md)';

/**
 * The programme's sessions (issue 24): one YAML file each in `site/programme/`, the file name being
 * its address; the rules across sessions (session-checks.ts) stop the build on the first problem.
 */
export function sessionsLoaderFor(config: PavilionConfig, { base = './site/programme' }: { base?: string } = {}): Loader {
	return yamlEntriesLoader({
		name: 'astro-pavilion:sessions',
		base,
		baseOption: 'sessionsLoader({ base })',
		what: 'a session',
		exampleFile: 'opening-ceremony.yaml',
		on: config.programme !== false,
		offExpected: OFF,
		hint: HINT,
		// The programme's own files beside its sessions' pages.
		taken: ['programme', 'schedule'],
		across: (entries, root) => {
			const rootDir = fileURLToPath(root);
			const sessions = entries.map((entry): CheckedSession => ({
				file: relative(rootDir, entryFile(entry, root)),
				data: entry.data as CheckedSession['data'],
			}));
			const [first] = sessionProblems(sessions, { startDate: config.expo.startDate, endDate: config.expo.endDate });
			if (first)
				throw entryError(entryFile({ id: first.file, filePath: first.file, data: {} }, root), root, first.field, first.problem, HINT);
		},
	});
}

/** The programme's speakers: one YAML file each in `site/speakers/`, each with a name of its own in each language. */
export function speakersLoaderFor(config: PavilionConfig, { base = './site/speakers' }: { base?: string } = {}): Loader {
	return yamlEntriesLoader({
		name: 'astro-pavilion:speakers',
		base,
		baseOption: 'speakersLoader({ base })',
		what: 'a speaker',
		exampleFile: 'lin-siyuan.yaml',
		on: config.programme !== false,
		offExpected: OFF,
		hint: HINT,
		imageFields: ['photo'],
		across: (entries, root) => {
			const seen = new Map<string, StoredEntry>();
			for (const entry of entries) {
				const name = entry.data.name as string | Record<string, string>;
				const key = JSON.stringify(name);
				const earlier = seen.get(key);
				// Two files with the same name in every language are one person entered twice.
				if (earlier)
					throw entryError(
						entryFile(entry, root),
						root,
						'name',
						`${show(typeof name === 'string' ? name : Object.values(name).join(' / '))} is already the name of ${relative(fileURLToPath(root), entryFile(earlier, root))}; expected every speaker once (name both sessions' speakers with one file)`,
						HINT,
					);
				seen.set(key, entry);
			}
		},
	});
}

const programmeOf = (config: PavilionConfig) => (config.programme === false ? { rooms: {}, tracks: {} } : config.programme);

export function sessionsSchemaFor(config: PavilionConfig) {
	return () =>
		sessionSchema({
			localeKeys: Object.keys(config.locales),
			defaultLocale: config.defaultLocale,
			rooms: Object.keys(programmeOf(config).rooms),
			tracks: Object.keys(programmeOf(config).tracks),
		});
}

export function speakersSchemaFor(config: PavilionConfig) {
	return (context: SchemaContext) =>
		speakerSchema({ image: context.image, localeKeys: Object.keys(config.locales), defaultLocale: config.defaultLocale });
}
