import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linkLeavingProject, resolveProjectPath, resolveProjectPathOrPackage } from './project-path.ts';

const dir = mkdtempSync(join(tmpdir(), 'pavilion-paths-'));
mkdirSync(join(dir, 'site/images'), { recursive: true });
writeFileSync(join(dir, 'site/images/logo.svg'), '<svg/>');
const root = pathToFileURL(`${dir}/`);
const resolve = (path: string) => () => resolveProjectPath(path, root, 'logo', 'site/images/logo.svg');

describe('paths from the project root', () => {
	it('reads "site/…", "./site/…" and "/site/…" alike, all from the project root', () => {
		const file = join(dir, 'site/images/logo.svg');
		expect(resolve('site/images/logo.svg')()).toBe(file);
		expect(resolve('./site/images/logo.svg')()).toBe(file);
		expect(resolve('/site/images/logo.svg')()).toBe(file);
	});

	it('refuses a path that leaves the project, naming the option and never reading the file', () => {
		expect(resolve('../../etc/passwd')).toThrow(/logo: "\.\.\/\.\.\/etc\/passwd" leads outside the project; expected a path inside it/);
		expect(resolve('site/../../outside.svg')).toThrow(/leads outside the project/);
	});

	it('says which file is missing, relative to the project', () => {
		expect(resolve('site/images/missing.svg')).toThrow(
			'logo: "site/images/missing.svg" was given, but there is no file at site/images/missing.svg; expected a path from the project root, such as "site/images/logo.svg"',
		);
	});

	it('leaves package specifiers to the resolver', () => {
		expect(resolveProjectPathOrPackage('some-theme/brand.css', root, 'customCss', './src/brand.css')).toBe('some-theme/brand.css');
	});
});

describe('links that leave the project', () => {
	const elsewhere = mkdtempSync(join(tmpdir(), 'pavilion-elsewhere-'));
	writeFileSync(join(elsewhere, 'secret.txt'), 'secret');
	symlinkSync(join(elsewhere, 'secret.txt'), join(dir, 'site/images/linked.svg'));
	symlinkSync(elsewhere, join(dir, 'site/elsewhere'));
	symlinkSync('logo.svg', join(dir, 'site/images/inside.svg'));

	it('names the first link on the way whose target is outside, file or folder', () => {
		expect(linkLeavingProject(join(dir, 'site/images/linked.svg'), root)).toBe(join('site', 'images', 'linked.svg'));
		expect(linkLeavingProject(join(dir, 'site/elsewhere/secret.txt'), root)).toBe(join('site', 'elsewhere'));
		expect(resolve('site/elsewhere/secret.txt')).toThrow(
			'logo: "site/elsewhere/secret.txt" was given, but site/elsewhere is a symbolic link to a file or folder outside the project',
		);
	});

	it('lets links inside the project be', () => {
		expect(linkLeavingProject(join(dir, 'site/images/inside.svg'), root)).toBeUndefined();
		expect(linkLeavingProject(join(dir, 'site/images/logo.svg'), root)).toBeUndefined();
	});
});
