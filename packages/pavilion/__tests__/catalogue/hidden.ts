import type { HandledCase, RefusedCase } from '../catalogue-kit.ts';

/** What the author hid: comments, originals, metadata. */
export const REFUSED: RefusedCase[] = [];

export const HANDLED: HandledCase[] = [];
