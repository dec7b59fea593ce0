import { AstroError } from 'astro/errors';

/** One error for every problem with the options, a line each: "option: what was given; expected …". */
export function configError(lines: readonly string[]): AstroError {
	const error = new AstroError(
		`Invalid pavilion() options in astro.config.mjs:\n${lines.map((line) => `  - ${line}`).join('\n')}`,
		'Fix the option named above; docs/configuration.md lists every option with its default.',
	);
	error.name = 'PavilionConfigError';
	return error;
}

/**
 * One line for a person, with no stack: where in the theme a problem was noticed says nothing
 * about what the organizer should set.
 */
export function oneLineError(name: 'PavilionConfigError' | 'PavilionImageError', line: string): AstroError {
	const error = new AstroError(line);
	error.name = name;
	error.stack = '';
	return error;
}
