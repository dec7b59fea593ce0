/**
 * Problems the Markdown plugins find in an article body, kept until the articles loader reports
 * them. Astro's glob loader only logs an error thrown while it renders a .md file and stores the
 * article with an empty body, so the plugin records what it found and the loader stops the build
 * with it. The plugin and the loader are separate module instances (see process-slot.ts).
 */
import { processSlot } from './process-slot.ts';

export interface ArticleProblem {
	/** The front-matter field, or "body". */
	field: string;
	/** What is wrong and what is expected instead. */
	problem: string;
}

const slot = processSlot<Map<string, ArticleProblem[]>>('article-problems');

function problemsByFile(): Map<string, ArticleProblem[]> {
	let byFile = slot.get();
	if (!byFile) {
		byFile = new Map();
		slot.set(byFile);
	}
	return byFile;
}

export function recordArticleProblem(file: string, problem: ArticleProblem): void {
	const byFile = problemsByFile();
	byFile.set(file, [...(byFile.get(file) ?? []), problem]);
}

/** Every problem still recorded, by file, forgotten once taken. */
export function takeAllArticleProblems(): Map<string, ArticleProblem[]> {
	const byFile = new Map(problemsByFile());
	problemsByFile().clear();
	return byFile;
}

/** The problems recorded for a file, forgotten once taken (a rebuild in dev starts afresh). */
export function takeArticleProblems(file: string): ArticleProblem[] {
	const byFile = problemsByFile();
	const problems = byFile.get(file) ?? [];
	byFile.delete(file);
	return problems;
}
