import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePage } from './charset.ts';
import { findDate, parseDate } from './date-text.ts';
import { bodyToMarkdown } from './markdown.ts';
import { parseMetaLine } from './meta-lines.ts';
import { readPage } from './page.ts';
import { fixture } from './test-utils.ts';

const TZ = 'Asia/Shanghai';

function read(path: string) {
	const file = fixture(path);
	const article = readPage({ input: path, html: decodePage(readFileSync(file)).text, file }, TZ);
	return { article, markdown: bodyToMarkdown(article.body) };
}

describe('dates as old pages write them', () => {
	it('reads each form in the fair time zone, with the offset written out', () => {
		expect(parseDate('2026-08-12 09:30', TZ, '')?.written).toBe('2026-08-12T09:30:00+08:00');
		expect(parseDate('2026年8月12日', TZ, '')).toMatchObject({ written: '2026-08-12', hasTime: false });
		expect(parseDate('2026/08/12', TZ, '')?.written).toBe('2026-08-12');
		expect(parseDate('2026.8.12 9时30分', TZ, '')?.written).toBe('2026-08-12T09:30:00+08:00');
		expect(parseDate('20260812', TZ, '')?.written).toBe('2026-08-12');
		expect(parseDate('14 August 2026', TZ, '')?.written).toBe('2026-08-14');
		expect(parseDate('Aug. 14, 2026, 3:05 pm', TZ, '')?.written).toBe('2026-08-14T15:05:00+08:00');
		// The same instant given in UTC is written in the fair's time: the calendar day is Qingtan's.
		expect(parseDate('2026-08-12T17:30:00Z', TZ, '')).toMatchObject({ written: '2026-08-13T01:30:00+08:00', day: '2026-08-13' });
		expect(parseDate('２０２６年８月１２日', TZ, '')?.written).toBe('2026-08-12');
	});
	it('refuses days that do not exist and values that are more than a date', () => {
		expect(parseDate('2026-02-30', TZ, '')).toBeUndefined();
		expect(parseDate('2026-08-12 25:00', TZ, '')).toBeUndefined();
		expect(parseDate('2026-08-12 星期三', TZ, '')).toBeUndefined();
		expect(findDate('发布时间：2026-08-12 09:30　来源：青潭日报', TZ, '')?.written).toBe('2026-08-12T09:30:00+08:00');
	});
});

describe('meta lines', () => {
	it('reads every item of an info bar, in brackets or not, with full-width or ASCII colons', () => {
		expect(
			parseMetaLine('发布时间：2026-08-12 09:30　　来源：青潭日报　　浏览次数：1368　　【字体：大 中 小】', TZ)?.map((item) => [
				item.field,
				item.value,
			]),
		).toEqual([
			['date', '2026-08-12 09:30'],
			['source', '青潭日报'],
			['widget', '1368'],
			['widget', '大 中 小'],
		]);
		expect(parseMetaLine('【责任编辑：陈默】', TZ)).toEqual([{ field: 'editor', label: '责任编辑', value: '陈默' }]);
		expect(parseMetaLine('（编辑:许晴）', TZ)).toEqual([{ field: 'editor', label: '编辑', value: '许晴' }]);
		expect(parseMetaLine('文/记者 李静', TZ)?.find((item) => item.value)).toEqual({ field: 'author', label: '记者', value: '李静' });
		expect(parseMetaLine('By Li Jing · 14 August 2026', TZ)?.map((item) => item.field)).toEqual(['author', 'date']);
		expect(parseMetaLine('2026/08/12 来源：青潭会展集团', TZ)?.map((item) => item.value)).toEqual(['2026/08/12', '青潭会展集团']);
	});
	it('never takes a sentence of the article for a byline', () => {
		expect(parseMetaLine('记者从青潭会展集团获悉，新展馆预计年内通过验收。', TZ)).toBeUndefined();
		expect(parseMetaLine('By train, visitors reach the hall in ten minutes.', TZ)).toBeUndefined();
		expect(parseMetaLine('来源：各参展企业申报材料整理。以上数据截至8月。', TZ)).toBeUndefined();
	});
});

describe('reading an old page', () => {
	it('a GBK government page: meta tags, info bar above the body, editor line at the end, QR block removed', () => {
		const { article, markdown } = read('pages/gov-halls.html');
		expect(article).toMatchObject({
			title: '青潭智博会新增两座展馆：展览面积达16万平方米',
			titleFrom: 'meta ArticleTitle',
			editor: '陈默',
			source: { name: '青潭日报', url: 'http://www.qingtan-daily.example.com/2026/0812/a1.html' },
			oldUrl: 'http://www.qingtan.gov.cn/art/2026/8/12/art_1229_45678.html',
			oldUrlFrom: 'the "saved from url" comment',
			oldCategories: [{ name: '部门动态' }],
			problems: [],
		});
		expect(article.author).toBeUndefined();
		expect(article.date).toMatchObject({ written: '2026-08-12T09:30:00+08:00', from: 'meta PubDate "2026-08-12 09:30"' });
		expect(article.metaItems.map((item) => `${item.where}: ${item.label}`)).toContain('below the body: 责任编辑');
		expect(article.removed).toEqual(['扫一扫在手机上打开当前页']);
		// The body only: paragraph indentation dropped, the picture kept with its alt text.
		expect(markdown).toMatch(/^8月11日，记者从青潭会展集团获悉/);
		expect(markdown).toContain('![东区新建的9号、10号展馆外景](images/hall-east.png)');
		expect(markdown).toMatch(/青潭国际博览中心举办。$/);
		for (const furniture of [
			'扫一扫',
			'分享到',
			'责任编辑',
			'打印本页',
			'关闭窗口',
			'来源',
			'发布时间',
			'浏览次数',
			'字体',
			'qr-page',
			'相关信息',
			'网站标识码',
		])
			expect(markdown).not.toContain(furniture);
	});

	it('an expo page: date as 2026年8月12日, author above, source and original title below, share bar and QR removed', () => {
		const { article, markdown } = read('pages/expo-robots.html');
		expect(article).toMatchObject({
			title: '机器人展区翻番："协作臂"成主角',
			titleFrom: '<h1>',
			author: '李静',
			editor: '许晴',
			source: { name: '临江晚报', title: '机器人展区面积翻番 “协作臂”唱主角' },
			oldUrl: 'https://www.qtse-expo.example.com/news/2026/robot-zone-doubles.html',
			problems: [],
		});
		expect(article.date).toMatchObject({ written: '2026-08-12', hasTime: false });
		expect(article.removed).toEqual(['分享到：微信微博QQ空间', '扫码阅读手机版']);
		expect(markdown).not.toMatch(/分享到|扫码|二维码|qr-page|来源|原标题|编辑：|上一篇/);
		// The figure's caption becomes the picture's title, which Pavilion shows as a caption.
		expect(markdown).toContain('![一台橙色协作机械臂在装配线旁搬运零件](images/robot-arm.png "上届展会上演示的协作机械臂")');
		expect(markdown).toContain('| 机器人与自动化 | 1.5万平方米 | 3万平方米   |');
		expect(markdown).toContain('[提前登记](https://www.qtse-expo.example.com/visitors/register.html)');
		expect(markdown).toMatch(/有意参展的企业可通过官网提交申请。$/);
	});

	it('a notice: title from <title> without the site name, date from a meta tag and a bare 2026/08/12, signature kept', () => {
		const { article, markdown } = read('pages/forum-notice.html');
		expect(article).toMatchObject({
			title: '关于举办2026青潭智能制造论坛的通知',
			titleFrom: '<title>',
			source: { name: '青潭会展集团' },
			problems: [],
		});
		// The meta tag gives the time; the page's "2026/08/12" agrees on the day.
		expect(article.date).toMatchObject({ written: '2026-08-12T15:00:00+08:00', from: 'meta publishdate "2026-08-12 15:00:00"' });
		expect(article.notes.filter((note) => note.startsWith('dates disagree'))).toEqual([]);
		expect(article.attachments).toEqual(['http://www.qtse-expo.example.com/tzgg/202608/P020260812_baomingbiao.docx']);
		// The notice's signature (落款) with its date is part of the text, not a meta line.
		expect(markdown).toMatch(/青潭会展集团有限公司\\\n2026年8月12日$/);
		expect(markdown).not.toMatch(/打印本页|关闭窗口/);
	});

	it('a page without a date: the problem is reported, the body found by its text', () => {
		const { article, markdown } = read('pages/undated.html');
		expect(article.title).toBe('展期交通指引');
		expect(article.date).toBeUndefined();
		expect(article.problems).toEqual([
			'no publication date found (no 发布时间/日期 line, <time datetime> or date meta tag): add <meta name="PubDate" content="YYYY-MM-DD"> to the saved page and import it again',
		]);
		expect(article.notes).toContain('the body was taken from the element with the most paragraph text: check where it starts and ends');
		expect(markdown).toMatch(/^展会期间/);
		expect(markdown).not.toContain('返回首页');
	});

	it('an English page: byline with <time datetime>, source link and editor below, title not repeated in the body', () => {
		const { article, markdown } = read('pages-en/robotics-hall.html');
		expect(article).toMatchObject({
			title: 'QTSE 2027 adds a dedicated robotics hall',
			author: 'Li Jing',
			editor: 'Xu Qing',
			source: { name: 'Qingtan Daily', url: 'https://www.qingtan-daily.example.com/en/2026/0814/robotics-hall.html' },
			oldUrl: 'https://www.qtse-expo.example.com/en/news/show.aspx?id=88',
		});
		expect(article.date?.written).toBe('2026-08-14T10:00:00+08:00');
		expect(markdown).toMatch(/^The 7th Qingtan International Smart Equipment Expo/);
		expect(markdown).not.toMatch(/QTSE 2027 adds|By Li Jing|Source:|Editor:|Share/);
		expect(markdown).toContain('- a six-arm electronics assembly line running all day;');
	});

	it('an old CMS body of text and <br>s: lines kept, blank lines as paragraphs, meta lines at the end taken, a photo credit kept', () => {
		const html = `<html><head><title>乙_青潭市商务局</title><meta name="SiteName" content="青潭市商务局"></head><body>
			<div class="info">发布日期：2026年8月5日 10:05\u3000作者：本报记者 张三</div>
			<div id="zoom">\u3000\u3000正文第一行，说明展会有关的安排和情况。<br>\u3000\u3000正文第二行，同样是内容。<br><br>\u3000\u3000第二段开始。<br>（摄影：赵六）<br><br>来源：青潭晚报<br>责任编辑：王五</div></body></html>`;
		const article = readPage({ input: 'brs.html', html }, TZ);
		expect(article).toMatchObject({ title: '乙', author: '张三', editor: '王五', source: { name: '青潭晚报' } });
		expect(article.date?.written).toBe('2026-08-05T10:05:00+08:00');
		expect(bodyToMarkdown(article.body)).toBe(
			'正文第一行，说明展会有关的安排和情况。\\\n正文第二行，同样是内容。\n\n第二段开始。\\\n（摄影：赵六）',
		);
	});

	it('keeps a line that only quotes a source in the middle of the text, and unlinks script links', () => {
		const html = `<html><head><title>t</title></head><body><div class="article-content"><p>发布时间：2026-08-12</p>
			<p>第一段正文，介绍展会的基本情况。</p><p>来源：这一行在正文中间，不是文末的来源行</p><p>第三段，<a href="javascript:void(0)">点击这里</a>查看。</p></div></body></html>`;
		const article = readPage({ input: 'inline.html', html }, TZ);
		const markdown = bodyToMarkdown(article.body);
		expect(article.date?.written).toBe('2026-08-12');
		expect(markdown).toContain('来源：这一行在正文中间');
		expect(markdown).toContain('第三段，点击这里查看。');
		expect(article.notes.some((note) => note.includes('javascript:void(0)'))).toBe(true);
	});

	it('keeps an event time at the top of a notice in the text, and never takes it for the publication date', () => {
		const notice = (head: string) =>
			readPage(
				{
					input: 'notice.html',
					html: `<html><head><title>关于举办论坛的通知</title>${head}</head><body><div class="pages_content">
						<p>时间：2026年9月18日 9:00</p><p>地点：青潭国际博览中心会议中心</p><p>请各参会单位准时参加。</p></div></body></html>`,
				},
				TZ,
			);
		const undated = notice('');
		expect(undated.date).toBeUndefined();
		expect(undated.problems[0]).toMatch(/^no publication date found/);
		expect(undated.notes).toContain(
			'the line "时间：2026年9月18日 9:00" in the text was not taken for the publication date: in the text, 时间/日期 may be the time of an event',
		);
		expect(bodyToMarkdown(undated.body)).toMatch(/^时间：2026年9月18日 9:00\n\n地点：/);
		const dated = notice('<meta name="PubDate" content="2026-08-12">');
		expect(dated.date?.written).toBe('2026-08-12');
		expect(dated.notes.filter((note) => note.startsWith('dates disagree'))).toEqual([]);
		expect(bodyToMarkdown(dated.body)).toMatch(/^时间：2026年9月18日 9:00\n\n/);
	});

	it('takes a meta line out of the body only when its value is in the front matter, and lists it', () => {
		const html = `<html><head><title>乙</title><meta name="PubDate" content="2026-08-12 09:30"></head><body><div class="article-content">
			<p>发布时间：2026-08-13 10:00</p><p>原标题：展馆扩容进展顺利</p><p>正文第一段，介绍展会的基本情况。</p>
			<p>来源：青潭日报</p><p>来源：临江晚报</p><p>【责任编辑：陈默】</p></div></body></html>`;
		const article = readPage({ input: 'lines.html', html }, TZ);
		expect(article).toMatchObject({ editor: '陈默', source: { name: '青潭日报', title: '展馆扩容进展顺利' } });
		// The meta tag's date is used: the line giving another day stays in the text, as does the source not used.
		expect(article.date?.written).toBe('2026-08-12T09:30:00+08:00');
		expect(bodyToMarkdown(article.body)).toBe('发布时间：2026-08-13 10:00\n\n正文第一段，介绍展会的基本情况。\n\n来源：临江晚报');
		expect(article.moved).toEqual(['原标题：展馆扩容进展顺利', '来源：青潭日报', '【责任编辑：陈默】']);
		expect(article.notes).toContain('two source lines: "来源：青潭日报" was used, "来源：临江晚报" was not');
	});

	it('keeps an original title with no source to go with it in the text', () => {
		const html = `<html><head><title>丙</title></head><body><div class="article-content"><p>发布日期：2026-08-12</p>
			<p>原标题：展馆扩容进展顺利</p><p>正文第一段，介绍展会的基本情况。</p></div></body></html>`;
		const article = readPage({ input: 'original-title.html', html }, TZ);
		expect(article.source).toBeUndefined();
		expect(article.moved).toEqual(['发布日期：2026-08-12']);
		expect(bodyToMarkdown(article.body)).toBe('原标题：展馆扩容进展顺利\n\n正文第一段，介绍展会的基本情况。');
	});

	it('removes QR prompts, never a sentence that mentions 扫码', () => {
		const html = `<html><head><title>丁</title><meta name="PubDate" content="2026-08-12"></head><body><div class="article-content">
			<p>展会期间开放东区九号馆和十号馆，欢迎市民参观。</p>
			<div>观众可扫码预约参观。</div>
			<div>扫一扫在手机上打开当前页</div>
			<p><img src="/upload/2026/wx-qr.png" alt="公众号二维码"></p><div>扫码关注青潭智博会</div>
			<figure><img src="/upload/2026/gate.jpg" alt="市民在入口排队"><figcaption>市民扫码入园</figcaption></figure>
			<p>观众可扫码预约参观。</p></div></body></html>`;
		const article = readPage({ input: 'qr.html', html }, TZ);
		expect(article.removed).toEqual(['扫一扫在手机上打开当前页', 'QR image /upload/2026/wx-qr.png', '扫码关注青潭智博会']);
		expect(bodyToMarkdown(article.body)).toBe(
			'展会期间开放东区九号馆和十号馆，欢迎市民参观。\n\n观众可扫码预约参观。\n\n![市民在入口排队](/upload/2026/gate.jpg "市民扫码入园")\n\n观众可扫码预约参观。',
		);
	});

	it('makes a title written with markup plain text, from <title> and from meta tags', () => {
		const body = '<div class="article-content"><p>展会期间开放东区九号馆和十号馆，欢迎市民参观，开放时间为每天九点至十七点。</p></div>';
		const fromTitle = readPage(
			{
				input: 't.html',
				html: `<html><head><title>九号馆<em>开放</em>_青潭智博会</title><meta name="PubDate" content="2026-08-12"></head><body>${body}</body></html>`,
			},
			TZ,
		);
		expect(fromTitle.title).toBe('九号馆开放');
		const fromMeta = readPage(
			{
				input: 'm.html',
				html: `<html><head><meta name="ArticleTitle" content="H<sub>2</sub>储运设备亮相"><meta name="PubDate" content="2026-08-12"></head><body>${body}</body></html>`,
			},
			TZ,
		);
		expect(fromMeta.title).toBe('H2储运设备亮相');
	});
});
