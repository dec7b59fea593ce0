/**
 * The theme's additions to Decap CMS on /admin/: a URL-name field that keeps an article's file name,
 * a translation-key field that creates the article's version in another language already linked to
 * it, and a check before saving that nothing empty is written and every cover has its description.
 * Decap hands widgets React through globals (`h`, `createClass`), so this file needs no React of its own.
 */
import { ARTICLE_FORMAT, readArticleFile, writeArticleFile } from '../../../utils/article-file.ts';
import { RESERVED_SLUGS, slugProblem } from '../../../utils/slugs.ts';

export interface EditorSetup {
	/** Each locale's collection name. */
	collections: Record<string, string>;
	/** Each locale's label (中文, English). */
	languages: Record<string, string>;
	/** The parts an optional block (source) must have once anything in it is filled in. */
	requiredInBlocks: Record<string, { name: string; label: string }[]>;
	strings: { create: string; saveFirst: string; useSlug: string; coverAltMissing: string; partMissing: string; slugInvalid: string };
}

/** The part of Immutable.js's Map that Decap hands to widgets and event handlers. */
interface ImmutableMap {
	get(key: string): unknown;
	getIn(path: string[]): unknown;
	set(key: string, value: unknown): ImmutableMap;
	delete(key: string): ImmutableMap;
	filter(keep: (value: unknown) => boolean): ImmutableMap;
	map(change: (value: unknown) => unknown): ImmutableMap;
	keySeq(): { toArray(): string[] };
	size: number;
}

interface WidgetProps {
	value?: string;
	onChange: (value: string) => void;
	forID: string;
	classNameWrapper: string;
	setActiveStyle: () => void;
	setInactiveStyle: () => void;
	entry: ImmutableMap;
	collection: ImmutableMap;
}

type Element = unknown;
interface DecapGlobals {
	CMS: {
		registerWidget(name: string, control: unknown): void;
		registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
		registerCustomFormat(
			name: string,
			extension: string,
			format: {
				fromFile: (content: string) => Record<string, unknown>;
				toFile: (data: Record<string, unknown>, sortedKeys?: string[]) => string;
			},
		): void;
		init(): void;
	};
	h: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;
	createClass: (spec: Record<string, unknown> & { render(this: { props: WidgetProps }): Element }) => unknown;
}

const isImmutable = (value: unknown): value is ImmutableMap =>
	typeof value === 'object' && value !== null && typeof (value as ImmutableMap).keySeq === 'function';

/** Empty text, lists and blocks are left out of the file: the schema reads a missing field, not an empty one. */
function withoutEmpty(value: unknown): unknown {
	if (!isImmutable(value)) return value;
	return value
		.map(withoutEmpty)
		.filter((child) => child !== '' && child !== null && child !== undefined && !(isImmutable(child) && child.size === 0));
}

export function startEditor(element: HTMLElement): void {
	const setup = JSON.parse(element.textContent) as EditorSetup;
	const { CMS, h, createClass } = window as unknown as DecapGlobals;
	const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

	const input = (props: WidgetProps) =>
		h('input', {
			type: 'text',
			id: props.forID,
			className: props.classNameWrapper,
			value: props.value ?? '',
			onChange: (event: Event) => props.onChange((event.target as HTMLInputElement).value),
			onFocus: props.setActiveStyle,
			onBlur: props.setInactiveStyle,
		});

	CMS.registerCustomFormat(ARTICLE_FORMAT, 'md', {
		fromFile: readArticleFile,
		toFile: (data, sortedKeys) => writeArticleFile(data, sortedKeys),
	});

	// An article opened from its file keeps its file name as its URL name, so saving never moves it.
	CMS.registerWidget(
		'pavilion-slug',
		createClass({
			componentDidMount(this: { props: WidgetProps }) {
				const fileSlug = this.props.entry.get('slug');
				if (!this.props.value && typeof fileSlug === 'string' && fileSlug && !this.props.entry.get('newRecord'))
					this.props.onChange(fileSlug);
			},
			render() {
				return input(this.props);
			},
		}),
	);

	CMS.registerWidget(
		'pavilion-translation',
		createClass({
			render() {
				const { props } = this;
				const key = props.value ?? '';
				const own = Object.entries(setup.collections).find(([, name]) => name === props.collection.get('name'))?.[0];
				const saved = !props.entry.get('newRecord');
				const slug = (props.entry.getIn(['data', 'slug']) as string | undefined) ?? '';
				const others = Object.keys(setup.collections).filter((locale) => locale !== own);
				const linkTo = (locale: string) => {
					const query = new URLSearchParams({ translationKey: key });
					for (const field of ['date', 'category', 'cover']) {
						const value = props.entry.getIn(['data', field]);
						if (typeof value === 'string' && value) query.set(field, value);
					}
					return h(
						'a',
						{
							href: `#/collections/${setup.collections[locale]}/new?${query.toString()}`,
							'data-create-translation': locale,
							style: { marginRight: '1rem' },
						},
						fill(setup.strings.create, { language: setup.languages[locale] ?? locale }),
					);
				};
				return h(
					'div',
					{ className: props.classNameWrapper },
					input({ ...props, classNameWrapper: '' }),
					h(
						'p',
						{ style: { margin: '0.5rem 0 0' } },
						key && saved
							? others.map(linkTo)
							: !key && slug
								? h('button', { type: 'button', onClick: () => props.onChange(slug) }, fill(setup.strings.useSlug, { slug }))
								: setup.strings.saveFirst,
					),
				);
			},
		}),
	);

	CMS.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => {
			const data = withoutEmpty(entry.get('data')) as ImmutableMap;
			const slug = data.get('slug');
			if (typeof slug === 'string' && slugProblem(slug))
				throw new Error(fill(setup.strings.slugInvalid, { slug, reserved: RESERVED_SLUGS.join(', ') }));
			if (data.get('cover') && !data.get('coverAlt')) throw new Error(setup.strings.coverAltMissing);
			for (const [block, parts] of Object.entries(setup.requiredInBlocks)) {
				const value = data.get(block);
				if (!isImmutable(value)) continue;
				const missing = parts.find((part) => !value.get(part.name));
				if (missing) throw new Error(fill(setup.strings.partMissing, { field: missing.label }));
			}
			return data;
		},
	});
	CMS.init();
}
