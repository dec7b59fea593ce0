import { Parser } from 'htmlparser2';

/**
 * An SVG picture is a document that can hold script, links and pictures from elsewhere; Pavilion
 * serves imported pictures from the site itself. An SVG is imported only when every element is a
 * drawing element of this list, no attribute runs script (on…) and no reference leaves the file
 * (href only to "#…", url() only to "#…"). Anything else is refused with what was found.
 */
const DRAWING = new Set(
	[
		'svg',
		'g',
		'path',
		'rect',
		'circle',
		'ellipse',
		'line',
		'polyline',
		'polygon',
		'text',
		'tspan',
		'textPath',
		'defs',
		'linearGradient',
		'radialGradient',
		'stop',
		'title',
		'desc',
		'clipPath',
		'mask',
		'pattern',
		'symbol',
		'use',
		'marker',
		'filter',
		'feGaussianBlur',
		'feOffset',
		'feBlend',
		'feColorMatrix',
		'feComposite',
		'feFlood',
		'feMerge',
		'feMergeNode',
		'feMorphology',
		'feDropShadow',
	].map((name) => name.toLowerCase()),
);

/** What makes this SVG unsafe to serve ("<script>", "the onload attribute"), or undefined when it is only a drawing. */
export function svgProblem(source: string): string | undefined {
	let problem: string | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (problem) return;
				const tag = name.toLowerCase();
				if (!DRAWING.has(tag)) {
					problem = `<${name}>`;
					return;
				}
				for (const [attribute, value] of Object.entries(attributes)) {
					const key = attribute.toLowerCase();
					if (key.startsWith('on')) problem = `the ${key} attribute on <${name}>`;
					else if ((key === 'href' || key.endsWith(':href')) && !value.trim().startsWith('#'))
						problem = `${key}="${value.slice(0, 60)}" on <${name}>`;
					else if (/url\s*\(\s*['"]?\s*(?!#)/i.test(value) || /javascript:|expression\s*\(/i.test(value))
						problem = `${key}="${value.slice(0, 60)}" on <${name}>`;
					if (problem) return;
				}
			},
			onprocessinginstruction(name) {
				// <?xml-stylesheet href="…"?> loads a file: only the XML declaration itself is fine.
				if (!problem && name.toLowerCase() !== '?xml' && name.toLowerCase() !== '!doctype') problem = `<${name}…>`;
			},
		},
		{ xmlMode: true, decodeEntities: true },
	);
	parser.write(source);
	parser.end();
	return problem;
}
