import { describe, expect, it } from 'vitest';
import { cspHash } from '../../integrations/csp.ts';
import { editorPolicy } from './editor-policy.ts';

describe('editorPolicy', () => {
	it("names the git host's addresses and decap-server, and nothing else", () => {
		const policy = editorPolicy({
			articlesFolder: 'site/articles',
			mediaFolder: 'site/images/uploads',
			backend: {
				name: 'gitea',
				repo: 'qtse/website',
				branch: 'main',
				apiRoot: 'https://git.example.com/api/v1',
				authEndpoint: 'https://login.example.com/oauth/authorize',
			},
		});
		expect(policy.directives).toEqual([
			"connect-src 'self' http://localhost:8081 https://git.example.com https://login.example.com",
			"img-src 'self' data: blob: http://localhost:8081 https://git.example.com https://login.example.com",
		]);
		expect(policy.scriptHashes).toEqual([cspHash('window.CMS_MANUAL_INIT = true;')]);
	});

	it('uses the public host of a backend named without an address', () => {
		const policy = editorPolicy({ articlesFolder: 'a', mediaFolder: 'b', backend: { name: 'github', repo: 'o/r', branch: 'main' } });
		expect(policy.directives[0]).toBe(
			"connect-src 'self' http://localhost:8081 https://api.github.com https://avatars.githubusercontent.com",
		);
	});

	it('talks to decap-server alone without a git host', () => {
		expect(editorPolicy({ articlesFolder: 'a', mediaFolder: 'b' }).directives[0]).toBe("connect-src 'self' http://localhost:8081");
	});
});
