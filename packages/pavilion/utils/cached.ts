/**
 * The value kept in `cache` for `key`, made by `make` the first time it is asked for. For what the
 * build asks for on every page but that depends on a few keys only: formatters, plural rules, a
 * locale's strings, the fields of the front-matter schema. Pure: safe in the browser.
 */
export function cached<V>(cache: Map<string, V>, key: string, make: () => V): V {
	if (cache.has(key)) return cache.get(key) as V;
	const value = make();
	cache.set(key, value);
	return value;
}
