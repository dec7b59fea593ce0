/**
 * A value shared by every copy of a module in this process. The integration's modules and the
 * copies Astro bundles into the built pages (or loads for the content config) are separate
 * instances, so what one hands the other lives on globalThis, under a registered symbol.
 */
export interface ProcessSlot<T> {
	get(): T | undefined;
	set(value: T | undefined): void;
}

export function processSlot<T>(name: string): ProcessSlot<T> {
	const key = Symbol.for(`astro-pavilion/${name}`);
	const holder = globalThis as Record<symbol, unknown>;
	return {
		get: () => holder[key] as T | undefined,
		set: (value) => {
			holder[key] = value;
		},
	};
}
