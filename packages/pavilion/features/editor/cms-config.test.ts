import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { frontmatterSchema, type ImageFunction } from '../../schemas/frontmatter.ts';
import { FRONTMATTER_TEXT } from '../../schemas/field-text.ts';
import { collectionName, decapConfig, requiredInBlocks, type DecapField } from './cms-config.ts';
import { parseUserConfig } from '../../config/user-config.ts';

const options = {
	title: { zh: '青潭智博会', en: 'QTSE' },
	expo: { name: '青潭智博会', startDate: '2027-04-21', endDate: '2027-04-24', venue: { name: '博览中心', address: '博览大道1号' } },
	categories: {
		news: { zh: '展会新闻', en: 'Expo news' },
		press: { zh: '新闻发布', en: 'Press releases' },
		forum: { zh: '论坛', en: 'Forum' },
	},
	cms: { backend: { name: 'gitea', repo: 'qtse/website', apiRoot: 'https://git.qtse.example.com/api/v1' } },
};
const config = parseUserConfig(options);
const cms = config.cms as Exclude<typeof config.cms, false>;
const made = (editorLocale: string) =>
	decapConfig({ config, cms, articlesFolder: './site/articles', editorLocale, site: new URL('https://qtse.example.com'), base: '/' });

const schema = frontmatterSchema({
	image: (() => z.string()) as unknown as ImageFunction,
	categories: ['news'],
	timeZone: 'Asia/Shanghai',
});
const requiredBySchema = Object.entries(schema.shape)
	.filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
	.map(([name]) => name);
const fieldsOf = (locale: string) => made('zh').collections.find((collection) => collection.name === collectionName(locale))!.fields;
const byName = (fields: DecapField[], name: string) => fields.find((field) => field.name === name)!;

describe('the browser editor configuration', () => {
	it('has one collection per language folder, writing Markdown with front matter', () => {
		expect(made('zh').collections.map(({ name, folder, extension, format }) => ({ name, folder, extension, format }))).toEqual([
			{ name: 'articles-zh', folder: 'site/articles/zh', extension: 'md', format: 'pavilion-frontmatter' },
			{ name: 'articles-en', folder: 'site/articles/en', extension: 'md', format: 'pavilion-frontmatter' },
		]);
	});
	it('has every field of the schema, and requires what the schema requires', () => {
		const fields = fieldsOf('zh');
		expect(fields.map((field) => field.name)).toEqual([...Object.keys(schema.shape), 'body']);
		expect(requiredBySchema).toEqual(['title', 'date']);
		for (const name of requiredBySchema) expect(byName(fields, name).required, name).toBe(true);
		for (const name of ['summary', 'cover', 'coverAlt', 'author', 'editor', 'source', 'featured', 'draft', 'updated'])
			expect(byName(fields, name).required, name).toBe(false);
		// Decap would demand a source of every article if a part of the optional block were required;
		// the editor page checks the block's required parts once anything in it is filled in.
		expect(byName(fields, 'source').fields!.map((field) => [field.name, field.required])).toEqual([
			['name', false],
			['url', false],
			['title', false],
			['author', false],
		]);
		expect(requiredInBlocks(config, 'zh')).toEqual({ source: [{ name: 'name', label: '来源名称' }] });
	});
	it('offers exactly the configured categories, labelled in the collection language, defaulting to the first', () => {
		const category = byName(fieldsOf('en'), 'category');
		expect(category.widget).toBe('select');
		expect(category.options).toEqual([
			{ label: 'Expo news', value: 'news' },
			{ label: 'Press releases', value: 'press' },
			{ label: 'Forum', value: 'forum' },
		]);
		expect(category.options!.map((option) => option.value)).toEqual(Object.keys(config.categories));
		expect(category.default).toBe('news');
	});
	it('uses a date picker, an image upload, a list and switches where the schema says so', () => {
		const fields = fieldsOf('zh');
		expect(byName(fields, 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' });
		expect(byName(fields, 'updated')).toMatchObject({ widget: 'datetime', default: '' });
		expect(byName(fields, 'cover').widget).toBe('image');
		expect(byName(fields, 'tags')).toMatchObject({ widget: 'list', default: [] });
		expect(byName(fields, 'draft')).toMatchObject({ widget: 'boolean', default: false });
		expect(byName(fields, 'translationKey').widget).toBe('pavilion-translation');
		expect(byName(fields, 'summary').widget).toBe('text');
	});
	it('labels and explains each field in the editor language, from the schema descriptions', () => {
		const zh = made('zh').collections[0]!.fields;
		const en = made('en').collections[0]!.fields;
		expect(byName(zh, 'editor')).toMatchObject({ label: '责任编辑', hint: FRONTMATTER_TEXT.editor.hint.zh });
		expect(byName(en, 'editor')).toMatchObject({ label: 'Editor', hint: FRONTMATTER_TEXT.editor.hint.en });
		for (const [name, field] of Object.entries(schema.shape))
			expect(FRONTMATTER_TEXT[name as keyof typeof FRONTMATTER_TEXT].hint.en).toBe((field as z.ZodType).description);
		expect(made('zh').locale).toBe('zh_Hans');
		expect(made('en').locale).toBe('en');
	});
	it('saves images to the media folder and writes them relative to the article', () => {
		const zh = made('zh').collections[0]!;
		expect(made('zh').media_folder).toBe('site/images/uploads');
		expect(zh.public_folder).toBe('../../images/uploads');
	});
	it('takes the file name from a required URL-name field, checked with the theme slug rule before saving', () => {
		const slug = byName(fieldsOf('zh'), 'slug');
		expect(slug).toMatchObject({ widget: 'pavilion-slug', required: true });
		expect(slug.pattern).toBeUndefined();
		expect(made('zh').collections[0]!.slug).toBe('{{fields.slug}}');
	});
	it('saves to the configured git host, and to decap-server when opened on localhost', () => {
		expect(made('zh').backend).toEqual({
			name: 'gitea',
			repo: 'qtse/website',
			branch: 'main',
			api_root: 'https://git.qtse.example.com/api/v1',
		});
		expect(made('zh').local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
		const forgejo = parseUserConfig({
			...options,
			cms: {
				backend: {
					name: 'forgejo',
					repo: 'qtse/website',
					baseUrl: 'https://git.example.com',
					authEndpoint: 'https://git.example.com/login/oauth/authorize',
					appId: 'id',
				},
			},
		});
		expect(
			decapConfig({
				config: forgejo,
				cms: forgejo.cms as Exclude<typeof forgejo.cms, false>,
				articlesFolder: 'site/articles',
				editorLocale: 'en',
				base: '/',
			}).backend,
		).toEqual({
			name: 'forgejo',
			repo: 'qtse/website',
			branch: 'main',
			base_url: 'https://git.example.com',
			auth_endpoint: 'https://git.example.com/login/oauth/authorize',
			app_id: 'id',
		});
		const local = parseUserConfig({ ...options, cms: true });
		expect(
			decapConfig({
				config: local,
				cms: local.cms as Exclude<typeof local.cms, false>,
				articlesFolder: 'site/articles',
				editorLocale: 'zh',
				base: '/',
			}).backend.name,
		).toBe('proxy');
	});
	it('refuses a git host without its repository, in one plain line', () => {
		expect(() => parseUserConfig({ ...options, cms: { backend: { name: 'github' } } })).toThrow(
			/cms\.backend\.repo.*expected the repository as owner\/name/,
		);
	});
});
