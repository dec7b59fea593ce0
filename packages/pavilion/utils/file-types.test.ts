import { describe, expect, it } from 'vitest';
import { fileTypeOf, formatFileSize } from './file-types.ts';

describe('press-kit file types and sizes', () => {
	it('names the type from the extension, whatever its case', () => {
		expect(fileTypeOf('qtse-fact-sheet.PDF')).toEqual({ kind: 'pdf', extension: 'PDF', mediaType: 'application/pdf' });
		expect(fileTypeOf('photo.jpeg').kind).toBe('jpeg');
		expect(fileTypeOf('媒体手册.docx').kind).toBe('word');
	});
	it('keeps an unknown extension to show, sent as bytes', () => {
		expect(fileTypeOf('hall-plan.dwg')).toEqual({ kind: 'file', extension: 'DWG', mediaType: 'application/octet-stream' });
		expect(fileTypeOf('README')).toEqual({ kind: 'file', extension: '', mediaType: 'application/octet-stream' });
	});
	it('shows sizes in B, KB, MB and GB with one decimal, in the reader locale', () => {
		expect(formatFileSize(512, 'en')).toBe('512 B');
		expect(formatFileSize(417_520, 'zh-CN')).toBe('407.7 KB');
		expect(formatFileSize(3 * 1024 * 1024 + 200_000, 'en')).toBe('3.2 MB');
		expect(formatFileSize(1023 * 1024 * 1024, 'en')).toBe('1,023 MB');
		expect(formatFileSize(12_345_678_901, 'en')).toBe('11.5 GB');
	});
});
