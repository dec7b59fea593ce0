import type { z } from 'astro/zod';
import { closestMatch } from '../utils/closest.ts';
import { show } from '../utils/show.ts';

type Issue = z.core.$ZodIssue;

/**
 * Turn zod issues into sentences an organizer can act on: where, what was given, what is expected.
 * e.g. `expo.timezone: "Mars/Base" was given; expected an IANA time zone name such as "Asia/Shanghai"`.
 */
export function describeIssues(issues: readonly Issue[], input: unknown, schema?: z.ZodType): string[] {
	return issues.map((issue) => describeIssue(issue, input, schema));
}

export function describeIssue(issue: Issue, root: unknown, schema?: z.ZodType): string {
	const path = formatPath(issue.path);
	if (issue.code === 'unrecognized_keys') return unknownKeys(issue.keys, issue.path, schema);
	const given = 'input' in issue && issue.input !== undefined ? issue.input : valueAt(root, issue.path);
	return `${path || '(options)'}: ${explain(issue, given)}`;
}

/** One line per unknown key, each with the option it most likely meant. */
function unknownKeys(keys: readonly string[], path: readonly PropertyKey[], schema: z.ZodType | undefined): string {
	const known = schema ? knownKeys(schema, path) : [];
	return keys
		.map((key) => {
			const meant = closestMatch(key, known);
			return `${formatPath([...path, key])}: is not an option${meant ? `; did you mean "${meant}"?` : known.length ? `; expected one of ${known.join(', ')}` : '; expected only the documented options (check the spelling)'}`;
		})
		.join('\n  - ');
}

/** The keys an object schema accepts at a path, looking through optional, default, pipe, array, record and union wrappers. */
export function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
	const inner = (key: string) => def[key] as z.ZodType;
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'nullable':
		case 'readonly':
		case 'prefault':
			return knownKeys(inner('innerType'), path);
		case 'pipe':
			return knownKeys(inner('in'), path);
		case 'union':
			return [...new Set((def.options as z.ZodType[]).flatMap((option) => knownKeys(option, path)))];
		case 'array':
			return path.length ? knownKeys(inner('element'), path.slice(1)) : [];
		case 'record':
			return path.length ? knownKeys(inner('valueType'), path.slice(1)) : [];
		case 'object': {
			const shape = def.shape as Record<string, z.ZodType>;
			if (!path.length) return Object.keys(shape);
			const next = shape[String(path[0])];
			return next ? knownKeys(next, path.slice(1)) : [];
		}
		default:
			return [];
	}
}

function explain(issue: Issue, given: unknown): string {
	// A schema that phrased its own message with expecting() already says what was given and expected.
	if (/^(.+ was given|is missing); expected /s.test(issue.message)) return issue.message;
	switch (issue.code) {
		case 'invalid_type':
			if (given === undefined) return `is missing; expected ${article(issue.expected)}`;
			return `${show(given)} was given; expected ${article(issue.expected)}`;
		case 'invalid_value':
			return `${show(given)} was given; expected one of ${issue.values.map((value) => show(value)).join(', ')}`;
		case 'invalid_key': {
			// A record's key failed its own rule (a locale or category key): say that rule, not "Invalid key in record".
			const rule = issue.issues.map((inner) => inner.message.replace(/^.*?expected /s, '')).find(Boolean);
			return `${show(given)} cannot be a key here; expected ${rule ?? 'another key (see the documentation)'}`;
		}
		case 'unrecognized_keys':
			return `unknown option${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}; expected only the documented options (check the spelling)`;
		case 'too_small':
			return `${show(given)} was given; expected ${issue.origin === 'array' ? `at least ${issue.minimum} item(s)` : issue.origin === 'string' ? `at least ${issue.minimum} character(s)` : `at least ${issue.minimum}`}`;
		case 'too_big':
			return `${show(given)} was given; expected ${issue.origin === 'array' ? `at most ${issue.maximum} item(s)` : issue.origin === 'string' ? `at most ${issue.maximum} character(s)` : `at most ${issue.maximum}`}`;
		case 'invalid_format':
			return `${show(given)} was given; expected ${issue.format === 'url' ? 'a full web address starting with https://' : issue.format === 'email' ? 'an e-mail address' : issue.message.replace(/^expected /, '') || issue.format}`;
		case 'invalid_union':
			return explainUnion(issue, given);
		default:
			return issue.message.startsWith('"') ||
				issue.message.startsWith('is ') ||
				issue.message.startsWith('has ') ||
				issue.message.startsWith('closes ')
				? issue.message
				: `${show(given)} was given; ${issue.message}`;
	}
}

/** A union says little by itself: name the shapes it would have accepted. */
function explainUnion(issue: Extract<Issue, { code: 'invalid_union' }>, given: unknown): string {
	const nested = issue.errors.flat().filter((inner) => inner.path.length > 0 || inner.code === 'custom');
	if (nested.length > 0 && typeof given === 'object' && given !== null) {
		return nested.map((inner) => `${formatPath(inner.path)} ${explain(inner, valueAt(given, inner.path))}`).join('; ');
	}
	const expected = issue.errors
		.map((branch) => branch[0])
		.filter((first): first is Issue => first !== undefined && first.code === 'invalid_type')
		.map((first) => (first.code === 'invalid_type' ? first.expected : ''));
	return `${show(given)} was given; expected ${expected.length ? [...new Set(expected)].map(article).join(' or ') : 'another form (see the documentation)'}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let value: unknown = root;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

const NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'an object',
	record: 'an object of locale → text',
	date: 'a date',
};

function article(type: string): string {
	if (type === 'record') return NAMES.record!;
	if (type === 'string') return 'text (a string)';
	return NAMES[type] ?? type;
}
