import { describe, expect, it } from 'vitest';
import { imageKindOf } from './image-signature.ts';

const bytes = (...parts: (string | number[])[]) =>
	new Uint8Array(
		parts.flatMap((part) => (typeof part === 'string' ? Array.from({ length: part.length }, (_, index) => part.charCodeAt(index)) : part)),
	);

describe('pictures known by their bytes', () => {
	it('knows the formats a page may show', () => {
		expect(imageKindOf(bytes('\x89PNG\r\n\x1a\n', [0, 0]))).toBe('PNG');
		expect(imageKindOf(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('JPEG');
		expect(imageKindOf(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('WebP');
		expect(imageKindOf(bytes('GIF89a'))).toBe('GIF');
		expect(imageKindOf(bytes([0, 0, 0, 28], 'ftypavif'))).toBe('AVIF');
		expect(
			imageKindOf(new TextEncoder().encode('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"/>')),
		).toBe('SVG');
	});

	it('knows text is no picture, whatever the file is called', () => {
		expect(imageKindOf(new TextEncoder().encode('root:x:0:0:root:/root:/bin/bash\n'))).toBeUndefined();
		expect(imageKindOf(new TextEncoder().encode('<html><svg></svg></html>'))).toBeUndefined();
		expect(imageKindOf(new Uint8Array())).toBeUndefined();
	});
});
