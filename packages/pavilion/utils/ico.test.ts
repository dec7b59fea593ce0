import { describe, expect, it } from 'vitest';
import { icoFromPng } from './ico.ts';

describe('icoFromPng', () => {
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

	it('writes an icon directory with one PNG entry that points at the PNG bytes', () => {
		const ico = icoFromPng(png, 48);
		const view = new DataView(ico.buffer);
		expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 1]);
		expect([ico[6], ico[7], view.getUint16(12, true)]).toEqual([48, 48, 32]);
		expect(view.getUint32(14, true)).toBe(png.length);
		expect([...ico.slice(view.getUint32(18, true))]).toEqual([...png]);
	});

	it('writes 256 as 0, as the format says, and refuses sizes it cannot hold', () => {
		expect(icoFromPng(png, 256)[6]).toBe(0);
		expect(() => icoFromPng(png, 300)).toThrow('An icon is 1 to 256 pixels wide; 300 was asked for');
	});
});
