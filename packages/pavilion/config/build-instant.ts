import { AstroError } from 'astro/errors';

/**
 * When the build happens. `SOURCE_DATE_EPOCH` (reproducible-builds.org) pins it, so two builds of
 * the same sources give the same files: the incremental-build test relies on it, and so can a
 * host that checks a rebuild changed nothing.
 */
export function readBuildInstant(env: Readonly<Record<string, string | undefined>>, now = new Date()): Date {
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch === undefined || epoch === '') return now;
	if (!/^\d{1,12}$/.test(epoch.trim())) {
		const error = new AstroError(
			`SOURCE_DATE_EPOCH: ${JSON.stringify(epoch)} was given; expected the build time as whole seconds since 1970-01-01 UTC, such as 1767225600`,
			'Unset SOURCE_DATE_EPOCH, or set it to a number of seconds.',
		);
		error.name = 'PavilionConfigError';
		throw error;
	}
	return new Date(Number(epoch.trim()) * 1000);
}
