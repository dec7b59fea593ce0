import type { HandledCase, RefusedCase } from '../catalogue-kit.ts';

/** Hostile and unknown markup in article bodies (the sanitizer). */
export const REFUSED: RefusedCase[] = [];

export const HANDLED: HandledCase[] = [];
