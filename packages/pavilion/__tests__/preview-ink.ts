import sharp from 'sharp';

/**
 * White pixels in the title box of a drawn link preview, between the fair's name and the dates:
 * a title that draws as blanks leaves it empty.
 */
export async function titleBoxInk(file: string): Promise<number> {
	const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
	let white = 0;
	for (let y = 108; y < 528; y++)
		for (let x = 0; x < info.width; x++) {
			const i = (y * info.width + x) * info.channels;
			if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240) white++;
		}
	return white;
}
