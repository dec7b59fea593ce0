import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OVERRIDABLE_COMPONENTS } from '../../packages/pavilion/schemas/components.ts';
import { configurationReference } from './config-reference.ts';

const docs = new URL('../../docs/configuration.md', import.meta.url);

describe('the configuration reference', () => {
	it('is up to date with the schemas (run `pnpm docs:config` after changing an option)', () => {
		expect(readFileSync(docs, 'utf8')).toBe(configurationReference());
	});
	it('documents every option with its type, default and description', () => {
		const reference = configurationReference();
		for (const option of [
			'title',
			'defaultLocale',
			'locales',
			'expo.startDate',
			'expo.timezone',
			'expo.venue.mapUrl',
			'expo.hours',
			'organizers',
			'contact.phones',
			'compliance.police',
			'categories',
			'articlesBase',
			'pageSize',
			'accentColor',
			'customCss',
			'components',
			'translations',
			'socialImage',
			'offline',
			'search',
			'feed',
		]) {
			expect(reference, option).toMatch(new RegExp(`\\| \`${option.replace('.', '\\.')}\` \\| [^|]+ \\| [^|]+ \\| [^|]{20,}`));
		}
		expect(reference).toContain('| `expo.timezone` | text | `"Asia/Shanghai"` |');
		expect(reference).toContain('| `pageSize` | number | `12` |');
		for (const component of OVERRIDABLE_COMPONENTS) expect(reference).toContain(component);
	});
});
