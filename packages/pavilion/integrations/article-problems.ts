/**
 * Problems the Markdown plugins find in an article body. Astro's glob loader only logs an error
 * thrown while it renders a .md file and stores the article with an empty body, so the plugin
 * records what it found instead, and something that can stop the build naming the file reports it:
 *
 * - a Markdown article's problems ride with its rendering, in the front matter Astro keeps beside
 *   the HTML (`rendered.metadata.frontmatter`), where the articles loader finds them, cached
 *   renderings included;
 * - an MDX article is compiled with the pages, in the integration's own bundling, so its problems
 *   go to a record the integration owns and reads when the build is done.
 */

export interface ArticleProblem {
	/** The front-matter field, or "body". */
	field: string;
	/** What is wrong and what is expected instead. */
	problem: string;
}

/** The front-matter key of a rendering under which the body plugin leaves what it found. */
export const BODY_PROBLEMS_KEY = 'astro-pavilion:body-problems';

/** The problems a rendering's front matter carries (none when it is not an array of problems). */
export function bodyProblemsOf(frontmatter: unknown): ArticleProblem[] {
	if (typeof frontmatter !== 'object' || frontmatter === null) return [];
	const problems = (frontmatter as Record<string, unknown>)[BODY_PROBLEMS_KEY];
	return Array.isArray(problems) ? (problems as ArticleProblem[]) : [];
}

export interface ArticleProblemRecord {
	record(file: string, problem: ArticleProblem): void;
	/** Every problem recorded, by file, forgotten once taken. */
	takeAll(): Map<string, ArticleProblem[]>;
}

export function articleProblemRecord(): ArticleProblemRecord {
	const byFile = new Map<string, ArticleProblem[]>();
	return {
		record: (file, problem) => {
			byFile.set(file, [...(byFile.get(file) ?? []), problem]);
		},
		takeAll: () => {
			const taken = new Map(byFile);
			byFile.clear();
			return taken;
		},
	};
}
