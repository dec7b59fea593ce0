import type { HandledCase, RefusedCase } from '../catalogue-kit.ts';

/** Output validity and the Content-Security-Policy. */
export const REFUSED: RefusedCase[] = [];

export const HANDLED: HandledCase[] = [];
