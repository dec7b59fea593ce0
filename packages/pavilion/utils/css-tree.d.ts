/*
 * css-tree's own entry loads its property data with a relative require() that breaks once Vite
 * bundles it into a page chunk; the tokenizer, its helpers, the parser and the walker are published as subpaths that load
 * no data. @types/css-tree declares the main entry only, which exports the same functions.
 */
declare module 'css-tree/tokenizer' {
	export { tokenize, tokenTypes } from 'css-tree';
}
declare module 'css-tree/utils' {
	export { ident } from 'css-tree';
}
declare module 'css-tree/parser' {
	import { parse } from 'css-tree';
	export default parse;
}
declare module 'css-tree/walker' {
	import { walk } from 'css-tree';
	export default walk;
}
declare module 'css-tree/generator' {
	import { generate } from 'css-tree';
	export default generate;
}
