import type { GetImageResult, ImageMetadata } from 'astro';
import type { ArticleFrontmatter } from '../../schemas/frontmatter.ts';
import type { ArticleEntry, CoverImages } from '../../runtime/site-model.ts';

/** An entry as the content layer gives it, with the schema's defaults filled in. */
export function articleEntry(
	id: string,
	data: Partial<ArticleFrontmatter> & Pick<ArticleFrontmatter, 'title' | 'date'>,
	body = '',
): ArticleEntry {
	return {
		id,
		collection: 'articles',
		body,
		data: { category: 'news', tags: [], exhibitors: [], sessions: [], featured: false, draft: false, ...data },
	};
}

const image = (src: string, widths: number[] = []): GetImageResult =>
	({
		src,
		attributes: { width: 1600, height: 900 },
		options: {},
		rawOptions: {},
		srcSet: {
			values: widths.map((width) => ({ url: src.replace('.webp', `-${width}.webp`), descriptor: `${width}w`, transform: {} })),
			attribute: '',
		},
	}) as unknown as GetImageResult;

/** Cover files without running the image service: predictable names to assert on. */
export const coverStandIn: CoverImages = (_source: ImageMetadata, alt: string) =>
	Promise.resolve({
		alt,
		page: image('/page.webp', [480, 800]),
		card: image('/card.webp', [320]),
		thumbnail: image('/thumb.webp'),
		preview: { src: '/preview.jpg', width: 1200, height: 630, type: 'image/jpeg' },
	});
