/**
 * What a downloadable file is, from its extension: a key for its translated name ("PDF 文档",
 * "PDF document") and the media type a host should send it with.
 */
const TYPES: Record<string, { kind: string; mediaType: string }> = {
	pdf: { kind: 'pdf', mediaType: 'application/pdf' },
	zip: { kind: 'zip', mediaType: 'application/zip' },
	jpg: { kind: 'jpeg', mediaType: 'image/jpeg' },
	jpeg: { kind: 'jpeg', mediaType: 'image/jpeg' },
	png: { kind: 'png', mediaType: 'image/png' },
	webp: { kind: 'webp', mediaType: 'image/webp' },
	svg: { kind: 'svg', mediaType: 'image/svg+xml' },
	doc: { kind: 'word', mediaType: 'application/msword' },
	docx: { kind: 'word', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	ppt: { kind: 'slides', mediaType: 'application/vnd.ms-powerpoint' },
	pptx: { kind: 'slides', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
	xls: { kind: 'sheet', mediaType: 'application/vnd.ms-excel' },
	xlsx: { kind: 'sheet', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
	mp4: { kind: 'video', mediaType: 'video/mp4' },
	txt: { kind: 'text', mediaType: 'text/plain; charset=utf-8' },
};

export interface FileType {
	/** Key of the type's name among the UI strings (`press.type.<kind>`); "file" for an unknown extension. */
	kind: string;
	/** The extension in capitals, shown for an unknown type ("DWG file"). */
	extension: string;
	mediaType: string;
}

export function fileTypeOf(name: string): FileType {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	const known = TYPES[extension];
	return { kind: known?.kind ?? 'file', extension: extension.toUpperCase(), mediaType: known?.mediaType ?? 'application/octet-stream' };
}

/** Sizes as people read them on download links: bytes below 1 KB, then KB, MB and GB with one decimal (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number, lang: string): string {
	const number = (value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);
	if (bytes < 1024) return `${number(bytes)} B`;
	if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KB`;
	if (bytes < 1024 ** 3) return `${number(bytes / 1024 ** 2)} MB`;
	return `${number(bytes / 1024 ** 3)} GB`;
}
