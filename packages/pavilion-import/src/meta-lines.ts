import { isPromptText } from './clean.ts';
import { parseDate } from './date-text.ts';

/**
 * The lines around a news article that say where it comes from: "发布时间：2026-08-12 09:30  来源：青潭日报",
 * "【责任编辑：陈默】", "（记者 李静 通讯员 王芳）", "原标题：…", "Source: Qingtan Daily", "By Li Jing".
 * A line is a meta line only when all of it is such items (or page widgets such as 【打印】 and
 * 浏览次数): a sentence of the article that starts with "记者从…获悉" is never one.
 */
export type MetaField = 'source' | 'originalTitle' | 'author' | 'editor' | 'date' | 'updated' | 'widget' | 'unused';

export interface MetaItem {
	field: MetaField;
	/** The label as written ("责任编辑"), '' for a date standing alone. */
	label: string;
	value: string;
}

const LABELS: Record<string, MetaField> = {
	信息来源: 'source',
	文章来源: 'source',
	新闻来源: 'source',
	稿件来源: 'source',
	稿源: 'source',
	来源: 'source',
	原标题: 'originalTitle',
	责任编辑: 'editor',
	责编: 'editor',
	编辑: 'editor',
	作者: 'author',
	撰稿: 'author',
	撰文: 'author',
	本报记者: 'author',
	记者: 'author',
	发布时间: 'date',
	发布日期: 'date',
	发表时间: 'date',
	发表日期: 'date',
	发稿时间: 'date',
	日期: 'date',
	时间: 'date',
	更新时间: 'updated',
	更新日期: 'updated',
	浏览次数: 'widget',
	浏览量: 'widget',
	点击数: 'widget',
	点击量: 'widget',
	点击率: 'widget',
	阅读数: 'widget',
	阅读量: 'widget',
	访问量: 'widget',
	阅读: 'widget',
	字号: 'widget',
	字体: 'widget',
	分享到: 'widget',
	分享: 'widget',
	责任校对: 'unused',
	校对: 'unused',
	审核: 'unused',
	审校: 'unused',
	终审: 'unused',
	签发: 'unused',
	摄影: 'unused',
	图片: 'unused',
	供图: 'unused',
	通讯员: 'unused',
	实习生: 'unused',
	'original title': 'originalTitle',
	source: 'source',
	author: 'author',
	writer: 'author',
	reporter: 'author',
	editor: 'editor',
	published: 'date',
	posted: 'date',
	date: 'date',
	updated: 'updated',
	photo: 'unused',
	photos: 'unused',
	views: 'widget',
	share: 'widget',
};

/**
 * Labels that say "date" or "time" and no more. Above or below the body, in the info bar, they give
 * the publication date; in the text, "时间：2026年9月18日 9:00" is as likely the time of the event a
 * notice announces, so there they never count as a publication date.
 */
const PLAIN_DATE_LABELS = new Set(['日期', '时间', 'date']);
export const isPlainDateLabel = (label: string) => PLAIN_DATE_LABELS.has(label.toLowerCase());

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = Object.keys(LABELS)
	.sort((a, b) => b.length - a.length)
	.map(escape)
	.join('|');
/**
 * A label: with a colon ("来源：", "Source:"), or the forms written without one: "记者 李静",
 * "通讯员王芳", "文/李静", "图／王芳", and "By Li Jing" at the start.
 */
const LABEL = new RegExp(
	String.raw`(?<![A-Za-z])(${alternatives})[ \t\u3000]*[:：]|(?<=^|[\s\u3000(（/／:：])(本报记者|记者|通讯员|实习生)(?=[ \t\u3000]*\p{Script=Han})|(?<=^|[\s\u3000])([文图摄])[ \t]*[/／]|^(By)[ \t]+(?=\p{Lu})`,
	'giu',
);
const COLONLESS: Record<string, MetaField> = {
	本报记者: 'author',
	记者: 'author',
	通讯员: 'unused',
	实习生: 'unused',
	文: 'author',
	图: 'unused',
	摄: 'unused',
};

/** Widgets that stand alone: 【打印】【关闭】, 大 中 小, "Print". */
const WIDGET =
	/^(打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|回到顶部|收藏本页|加入收藏|收藏|大|中|小|默认|T|Print|Close|Back to top)$/i;

/** Separators between the items of a line: brackets, bars, two or more spaces, a spaced middle dot. */
const SEPARATORS = /[【】[\]|｜]|[ \t\u3000]{2,}| [·•] /;

const stripWrapping = (text: string) => text.trim().replace(/^[(（]\s*(.*?)\s*[)）]$/su, '$1');
/** Trailing punctuation a value does not need: "青潭日报）", "陈默|". */
const tidyValue = (value: string) => value.replace(/^[\s\u3000|｜/·•,，;；]+|[\s\u3000|｜/·•,，;；]+$/g, '');

/** The items of a line, or undefined when the line is not all meta items. */
export function parseMetaLine(line: string, timeZone: string): MetaItem[] | undefined {
	const segments = stripWrapping(line)
		.split(SEPARATORS)
		.map(stripWrapping)
		.filter((segment) => segment !== '');
	if (segments.length === 0) return undefined;
	const items: MetaItem[] = [];
	for (const segment of segments) {
		const parsed = parseSegment(segment, timeZone);
		if (!parsed) return undefined;
		items.push(...parsed);
	}
	return items;
}

function parseSegment(segment: string, timeZone: string): MetaItem[] | undefined {
	// Only a prompt and nothing more: "观众可扫码预约参观。" is a sentence of the article, not a widget.
	if (WIDGET.test(segment) || isPromptText(segment)) return [{ field: 'widget', label: '', value: segment }];
	const labels = [...segment.matchAll(LABEL)];
	const items: MetaItem[] = [];
	const lead = segment.slice(0, labels[0]?.index ?? segment.length).trim();
	if (lead) {
		// Text before the first label is a meta item only when it is a date: "2026/08/12 来源：…".
		if (!parseDate(lead, timeZone, '')) return undefined;
		items.push({ field: 'date', label: '', value: lead });
	}
	for (const [index, match] of labels.entries()) {
		const label = (match[1] ?? match[2] ?? match[3] ?? match[4])!;
		const field = match[1]
			? (LABELS[label.toLowerCase()] ?? LABELS[label])
			: label === 'By' || label === 'by'
				? 'author'
				: COLONLESS[label];
		const end = labels[index + 1]?.index ?? segment.length;
		const value = tidyValue(segment.slice(match.index + match[0].length, end));
		if (!field || !isValueFor(field, value, timeZone)) return undefined;
		items.push({ field, label, value });
	}
	return items;
}

/** Names are short and not sentences; dates must read as dates; a headline is one line. */
function isValueFor(field: MetaField, value: string, timeZone: string): boolean {
	if (value === '') return true;
	switch (field) {
		case 'date':
		case 'updated':
			return parseDate(value, timeZone, '') !== undefined;
		case 'author':
		case 'editor':
		case 'unused':
			// "By train, visitors can…" starts a sentence, not a byline.
			return value.length <= 40 && !/[，。；！？!?;:：]|\.$/.test(value) && value.split(/\s+/).length <= 6;
		case 'source':
			return value.length <= 60 && !/[。！？!?]/.test(value);
		case 'originalTitle':
			return value.length <= 120;
		case 'widget':
			return true;
	}
}
