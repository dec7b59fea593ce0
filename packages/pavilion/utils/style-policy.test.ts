import { describe, expect, it } from 'vitest';
import { keptStyle } from './style-policy.ts';

describe('keptStyle', () => {
	it('takes a full-page overlay out of the flow no more', () => {
		expect(keptStyle('position:fixed;inset:0;z-index:99999;background:#fff')).toBe('');
		expect(keptStyle('position:fixed;inset:0;z-index:99999;background-color:#fff')).toBe('background-color: #fff');
	});

	it('removes every property that moves, hides, replaces or binds', () => {
		for (const style of [
			'position: absolute',
			'position: relative',
			'position: sticky',
			'z-index: 10',
			'inset: 0',
			'top: 0',
			'left: 0',
			'right: 0',
			'bottom: 0',
			'inset-block-start: 0',
			'transform: translateY(-200px)',
			'translate: 0 -200px',
			'content: "x"',
			'behavior: url(#default#x)',
			'-moz-binding: none',
			'clip-path: inset(0)',
			'mask: none',
			'mask-image: none',
			'-webkit-mask: none',
			'filter: blur(2px)',
			'animation: spin 1s',
			'animation-name: spin',
			'transition: all 1s',
			'--x: 1',
			'display: block',
			'display: none',
			'opacity: 0',
			'box-shadow: 0 0 0 9999px #fff',
			'outline: 9999px solid #fff',
			'font-family: "Comic Sans MS"',
			'overflow: hidden',
			'cursor: pointer',
			'pointer-events: none',
		])
			expect(keptStyle(style), style).toBe('');
	});

	it('keeps what pasted tables and coloured words need', () => {
		expect(keptStyle('color: red; text-align: center')).toBe('color: red; text-align: center');
		expect(keptStyle('background-color: rgb(255 0 0 / 50%); font-weight: bold; font-style: italic')).toBe(
			'background-color: rgb(255 0 0/50%); font-weight: bold; font-style: italic',
		);
		expect(keptStyle('width: 120px; border: 1px solid #ccc; border-collapse: collapse; padding: 4px 8px')).toBe(
			'width: 120px; border: 1px solid #ccc; border-collapse: collapse; padding: 4px 8px',
		);
		expect(keptStyle('text-decoration: underline wavy red; vertical-align: top; float: right; margin-left: 1em')).toBe(
			'text-decoration: underline wavy red; vertical-align: top; float: right; margin-left: 1em',
		);
	});

	it('removes negative sizes and computed ones, which could pull text over the page', () => {
		expect(keptStyle('margin-top: -500px; color: red')).toBe('color: red');
		expect(keptStyle('margin: 0 -9999px')).toBe('');
		expect(keptStyle('text-indent: -9999px')).toBe('');
		expect(keptStyle('margin-top: calc(0px - 500px)')).toBe('');
		expect(keptStyle('width: var(--w)')).toBe('');
		expect(keptStyle('color: attr(data-c)')).toBe('');
	});

	it('keeps !important, and no other word after "!"', () => {
		expect(keptStyle('color: red !important')).toBe('color: red !important');
		expect(keptStyle('color: red ! IMPORTANT')).toBe('color: red !important');
		expect(keptStyle('color: red !ie')).toBe('');
		expect(keptStyle('position: fixed !important; color: blue')).toBe('color: blue');
	});

	it('reads property names as a browser does: escapes decoded, any case, comments skipped', () => {
		expect(keptStyle('po\\73ition: fixed; z-\\69ndex: 9')).toBe('');
		expect(keptStyle('co\\6cor: red')).toBe('color: red');
		expect(keptStyle('POSITION: FIXED; COLOR: RED')).toBe('color: RED');
		expect(keptStyle('posi/* x */tion: fixed')).toBe('');
		expect(keptStyle('/* a */ color /* b */ : /* c */ red /* d */; position: /* e */ fixed')).toBe('color: red');
	});

	it('removes vendor-prefixed properties and what it cannot read', () => {
		expect(keptStyle('-webkit-transform: none; -ms-filter: x; -webkit-text-decoration: underline')).toBe('');
		expect(keptStyle('color: red; garbage ::: ; } body { position: fixed')).toBe('color: red');
		expect(keptStyle('color: "red"')).toBe('');
		expect(keptStyle('')).toBe('');
	});

	it("keeps the colours of a site's second code theme, which Shiki writes as --shiki-* properties, and no other custom property", () => {
		expect(keptStyle('color:#24292E;--shiki-dark:#E1E4E8;--shiki-dark-bg:#24292e;--shiki-dark-font-style:italic')).toBe(
			'color: #24292E; --shiki-dark: #E1E4E8; --shiki-dark-bg: #24292e; --shiki-dark-font-style: italic',
		);
		for (const style of ['--shiki-dark: url(https://x.example/a.png)', '--shiki-dark: -9999px', '--shiki-dark: var(--x)', '--hero: #fff'])
			expect(keptStyle(style), style).toBe('');
	});
});
