import { z } from 'astro/zod';

/**
 * Marks the parts of the front-matter schema whose type alone does not say what they hold: a
 * date read by the theme's own parser, an image path. The browser editor's configuration reads
 * these marks to pick a date picker or an image upload for them.
 */
export const fieldKinds = z.registry<{ kind: 'datetime' | 'image' | 'multiline' }>();
