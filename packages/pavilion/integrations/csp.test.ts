import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, HEADER_POLICY, writeHeaderPolicy } from './csp.ts';

const outDir = (headers?: string): URL => {
	const dir = mkdtempSync(join(tmpdir(), 'pavilion-csp-'));
	if (headers !== undefined) writeFileSync(join(dir, '_headers'), headers);
	return pathToFileURL(`${dir}/`);
};
const headersOf = (dir: URL) => readFileSync(new URL('_headers', dir), 'utf8');

describe('writeHeaderPolicy', () => {
	it('writes a rule for every path when the site has no _headers', () => {
		const dir = outDir();
		writeHeaderPolicy(dir);
		expect(headersOf(dir)).toBe(`/*\n  Content-Security-Policy: ${HEADER_POLICY}\n`);
	});

	it("adds the rule after the site's own", () => {
		const dir = outDir('/sw.js\n  Cache-Control: no-cache');
		writeHeaderPolicy(dir);
		expect(headersOf(dir)).toBe(`/sw.js\n  Cache-Control: no-cache\n/*\n  Content-Security-Policy: ${HEADER_POLICY}\n`);
	});

	it('leaves a _headers that sets a policy of its own as it is', () => {
		const own = "/*\n  content-security-policy: default-src 'self'; frame-ancestors 'none'\n";
		const dir = outDir(own);
		writeHeaderPolicy(dir);
		expect(headersOf(dir)).toBe(own);
	});

	it('carries frame-ancestors and no script-src', () => {
		expect(HEADER_POLICY).toContain("frame-ancestors 'self'");
		expect(HEADER_POLICY).not.toContain('script-src');
	});
});

describe('contentSecurityPolicy', () => {
	it("adds only the theme's hashes to a site's own policy", () => {
		const policy = contentSecurityPolicy({ algorithm: 'SHA-384', directives: ["img-src 'self'"] }, { accentColor: '#b03a2e' });
		expect(policy.directives).toBeUndefined();
		expect(policy.algorithm).toBe('SHA-384');
		expect(policy.scriptDirective?.resources).toBeUndefined();
		expect(policy.scriptDirective?.hashes).toHaveLength(1);
		expect(policy.styleDirective?.hashes).toHaveLength(1);
	});

	it('allows WebAssembly for search, and no inline script but by hash', () => {
		const policy = contentSecurityPolicy(false, {});
		expect(policy.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy.directives).toContain("object-src 'none'");
		expect(policy.styleDirective?.hashes).toEqual([]);
	});
});
