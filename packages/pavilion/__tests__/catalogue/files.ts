import type { HandledCase, RefusedCase } from '../catalogue-kit.ts';

/** Options and files that must stay inside the project and inside the rules. */
export const REFUSED: RefusedCase[] = [];

export const HANDLED: HandledCase[] = [];
