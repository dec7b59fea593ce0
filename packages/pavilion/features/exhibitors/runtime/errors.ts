import { AstroError } from 'astro/errors';

/**
 * A problem the directory finds once every exhibitor and article is read (an article naming no
 * exhibitor), said as the loaders say theirs: the file, the field, what was given, what is expected.
 * The content layer gives entries' paths from the project's root already.
 */
export function exhibitorError(filePath: string | undefined, field: string, problem: string): AstroError {
	const error = new AstroError(
		`${filePath ?? 'an article'}: ${field} ${problem}`,
		'Fix that file: docs/exhibitors.md says how articles name exhibitors.',
	);
	error.name = 'PavilionArticleError';
	return error;
}
