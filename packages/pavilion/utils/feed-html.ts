import sanitizeHtml from 'sanitize-html';

/**
 * Article HTML as feed readers need it: no scripts, styles, iframes, forms or inline SVG (readers
 * strip or choke on them), no classes or data attributes, and every link and image URL absolute,
 * since a feed item is read far from the site.
 */
const ALLOWED_TAGS = [
	...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'iframe'),
	'img',
	'figure',
	'figcaption',
	'picture',
	'source',
	'details',
	'summary',
	'aside',
	'time',
	'del',
	'ins',
	'sup',
	'sub',
];

function absolute(url: string | undefined, base: string): string | undefined {
	if (url === undefined || url === '') return url;
	try {
		return new URL(url, base).href;
	} catch {
		return undefined;
	}
}

function absoluteSrcset(srcset: string | undefined, base: string): string | undefined {
	return srcset
		?.split(',')
		.map((candidate) => {
			const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
			return [absolute(url, base), ...descriptors].join(' ');
		})
		.join(', ');
}

export function feedHtml(html: string, pageUrl: string): string {
	return sanitizeHtml(html, {
		allowedTags: ALLOWED_TAGS,
		allowedAttributes: {
			a: ['href', 'title', 'hreflang'],
			img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'],
			source: ['srcset', 'sizes', 'type', 'media'],
			time: ['datetime'],
			td: ['colspan', 'rowspan'],
			th: ['colspan', 'rowspan', 'scope'],
			ol: ['start'],
			'*': ['lang', 'dir'],
		},
		allowedSchemes: ['http', 'https', 'mailto', 'tel'],
		// Dropped with their content: anything executable or presentational only.
		nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'svg', 'template', 'iframe'],
		transformTags: {
			a: (tagName, attribs) => ({
				tagName,
				attribs: { ...attribs, ...(attribs.href ? { href: absolute(attribs.href, pageUrl) ?? '' } : {}) },
			}),
			img: (tagName, attribs) => {
				const { loading: _loading, decoding: _decoding, ...rest } = attribs;
				return {
					tagName,
					attribs: Object.fromEntries(
						Object.entries({ ...rest, src: absolute(rest.src, pageUrl), srcset: absoluteSrcset(rest.srcset, pageUrl) }).filter(
							(entry): entry is [string, string] => entry[1] !== undefined,
						),
					),
				};
			},
			source: (tagName, attribs) => ({
				tagName,
				attribs: { ...attribs, ...(attribs.srcset ? { srcset: absoluteSrcset(attribs.srcset, pageUrl) ?? '' } : {}) },
			}),
		},
	});
}
