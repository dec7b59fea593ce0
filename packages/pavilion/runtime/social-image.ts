import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { perBuildRun } from './build-run.ts';

/** Link previews (WeChat, LinkedIn, X, Open Graph) ask for 1200×630; feeds reuse the same file. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

export interface SocialImage {
	/** Site-relative URL of the generated file. */
	src: string;
	width: number;
	height: number;
	type: 'image/jpeg' | 'image/png';
}

const cacheOfRun = perBuildRun(() => new Map<ImageMetadata, Promise<SocialImage>>());

export function socialImage(source: ImageMetadata): Promise<SocialImage> {
	const cache = cacheOfRun();
	let image = cache.get(source);
	if (!image) {
		image = getImage({ src: source, ...SOCIAL_IMAGE, fit: 'cover', format: 'jpeg', quality: 80 }).then((result) => ({
			src: result.src,
			...SOCIAL_IMAGE,
			type: 'image/jpeg' as const,
		}));
		cache.set(source, image);
	}
	return image;
}
