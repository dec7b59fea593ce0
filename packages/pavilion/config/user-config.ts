import { userConfigSchema, LocalesSchema, type PavilionConfig } from '../schemas/config.ts';
import { configError } from './config-error.ts';
import { describeIssues } from './error-map.ts';

/**
 * Validate `pavilion({...})`. Locales go first since every localized option is checked against
 * them; both passes report every problem at once, one line each.
 */
export function parseUserConfig(options: unknown): PavilionConfig {
	const input = (options ?? {}) as Record<string, unknown>;
	if (typeof input !== 'object' || Array.isArray(input)) {
		throw configError([`(options): ${JSON.stringify(options)} was given; expected an object such as pavilion({ title: "…", expo: {…} })`]);
	}
	const locales = LocalesSchema.safeParse({ defaultLocale: input.defaultLocale, locales: input.locales }, { reportInput: true });
	if (!locales.success) throw configError(describeIssues(locales.error.issues, input));

	const schema = userConfigSchema(locales.data);
	const parsed = schema.safeParse({ ...input, ...locales.data }, { reportInput: true });
	if (!parsed.success) throw configError(describeIssues(parsed.error.issues, input, schema));
	return parsed.data;
}
