import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { IMAGE_KINDS, imageKindOf } from '../utils/image-signature.ts';
import { svgProblems } from '../utils/svg.ts';

/**
 * What is wrong with a file that is to be shown as a picture, as the end of a sentence whose
 * subject is the file ("… is an empty file; expected …"), or undefined when it is fine. A picture
 * is known by its bytes, not by its name; an SVG must hold no script and load nothing, since opened
 * at its own address on the site it runs with the site's rights. The file's text is never quoted.
 */
export function pictureFileProblem(file: string): string | undefined {
	const stats = statSync(file);
	if (!stats.isFile()) return `is a folder; expected a ${IMAGE_KINDS} picture`;
	if (stats.size === 0) return `is an empty file; expected a ${IMAGE_KINDS} picture`;
	const kind = imageKindOf(firstBytes(file));
	if (kind === undefined) return `is not a picture by its contents; expected a ${IMAGE_KINDS} file`;
	if (kind !== 'SVG') return undefined;
	const unsafe = svgProblems(readFileSync(file, 'utf8')).map(({ message }) => message);
	return unsafe.length === 0
		? undefined
		: `is an SVG drawing that would run script or load from other hosts when opened: ${unsafe.join('; ')}; expected a drawing without them (export it again as plain SVG, or use a PNG)`;
}

/** Enough of the file for its signature, without reading a large photo whole. */
function firstBytes(file: string): Uint8Array {
	const bytes = new Uint8Array(4096);
	const descriptor = openSync(file, 'r');
	try {
		return bytes.subarray(0, readSync(descriptor, bytes, 0, bytes.length, 0));
	} finally {
		closeSync(descriptor);
	}
}
