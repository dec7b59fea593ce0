import type { HandledCase, RefusedCase } from '../catalogue-kit.ts';

/** Titles, slugs, tags, front matter and dates that used to crash or mislead. */
export const REFUSED: RefusedCase[] = [];

export const HANDLED: HandledCase[] = [];
