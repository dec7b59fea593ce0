import { z } from 'astro/zod';
import type { ArticleFieldsContext } from '../../../../packages/pavilion/schemas/frontmatter.ts';

/** A site's own fields, of each sort the editor, the importer and the docs must all see: required, with a default, a choice, a picture. */
export default ({ image }: ArticleFieldsContext) =>
	z.object({
		booth: z.string().min(1).describe('Stand number of the exhibitor, such as 3B-12.'),
		hall: z.number().int().default(1).describe('Exhibition hall.'),
		sponsor: z.enum(['gold', 'silver']).optional().describe('Sponsorship level.'),
		logo: image().optional().describe("The exhibitor's logo."),
	});
