import { AstroError } from 'astro/errors';

/**
 * A problem found once every session and speaker is read (a session naming no speaker), said as
 * the loaders say theirs: the file, the field, what was given, what is expected.
 */
export function programmeError(filePath: string | undefined, field: string, problem: string): AstroError {
	const error = new AstroError(
		`${filePath ?? 'a session'}: ${field} ${problem}`,
		'Fix that file: docs/programme.md lists every field of a session.',
	);
	error.name = 'PavilionArticleError';
	return error;
}
