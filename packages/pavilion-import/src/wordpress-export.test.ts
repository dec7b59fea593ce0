import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticles } from './import-articles.ts';
import { formatReport, type ArticleReport, type ImportReport } from './report.ts';
import { fixture, optionsFor, readArticle, tempProject } from './test-utils.ts';

/**
 * blocks-export.xml: a WordPress 6.x export written with https:// namespaces, holding every core
 * block, classic-editor shortcodes and every post status. Each block must end up as content or as
 * a line of the report; nothing WordPress hid may be published.
 */
describe('a WordPress 6.x export with every block and every status', () => {
	const project = tempProject();
	const { root } = project;
	const input = fixture('wordpress/blocks-export.xml');
	let report: ImportReport;
	const post = (id: number): ArticleReport => {
		const found = report.articles.find((article) => article.input.startsWith(`${input} → post ${id} `));
		if (!found) throw new Error(`post ${id} is not in the report`);
		return found;
	};
	const article = (id: number) => readArticle(join(root, post(id).file!));

	beforeAll(async () => {
		report = await importArticles(
			optionsFor(root, { inputs: [input], uploads: fixture('wordpress/uploads'), now: new Date('2026-12-01T00:00:00Z') }),
		);
	});
	afterAll(() => project.remove());

	it('reads an export whose namespaces are https:// addresses', () => {
		expect(report.failures).toEqual([]);
		expect(report.articles.map((entry) => /→ post (\d+)/.exec(entry.input)?.[1])).toEqual([
			'101',
			'102',
			'103',
			'110',
			'111',
			'112',
			'113',
			'114',
		]);
		expect(report.skipped).toEqual([`${input} → post 115 "已撤下的旧通知": status "trash" (trash and auto-drafts are not articles)`]);
	});

	it('keeps what WordPress hid a draft, each with a line saying why; a scheduled post gets no redirect yet', () => {
		const hidden = { 111: 'a draft', 112: 'pending review', 113: 'private', 114: 'password-protected' } as const;
		for (const [id, why] of Object.entries(hidden)) {
			expect(article(Number(id)).data.draft, id).toBe(true);
			expect(
				post(Number(id)).notes.some((note) => note.startsWith(`the post was ${why} on WordPress: imported as a draft`)),
				id,
			).toBe(true);
			expect(post(Number(id)).redirect, id).toBeUndefined();
		}
		expect(article(110).data).toMatchObject({ date: '2027-03-01T09:00:00+08:00' });
		expect(article(110).data.draft).toBeUndefined();
		expect(post(110).notes).toContain(
			'scheduled on WordPress for 2027-03-01T09:00:00+08:00: no redirect until it is published (import it again after that date to add it)',
		);
		expect(JSON.parse(readFileSync(join(root, 'site/redirects.json'), 'utf8'))).toEqual({
			'/2026/09/opening-day/': '/news/opening-day/',
			'/2026/09/opening-media/': '/news/opening-media/',
			'/2026/09/day-two/': '/news/day-two/',
		});
	});

	it('makes a title with markup plain text', () => {
		expect(article(101).data.title).toBe('青潭智博会首日观众破万');
		expect(post(101).notes).toContain('the title was written with markup (青潭智博会<em>首日</em>观众破万): it is plain text now');
	});

	it('keeps the content of every static block, with sub, sup, abbr, ins, del and definition lists', () => {
		const { body } = article(101);
		for (const part of [
			'## 首日看点',
			'- 氢能展区展出H<sub>2</sub>储运设备',
			'- 储能电池循环寿命突破10<sup>4</sup>次',
			'<abbr title="青潭国际智能装备博览会">QTSE</abbr>组委会表示，展期<del>三天</del><ins>四天</ins>。',
			'> 今年的展品更注重现场演示。',
			'> 一万二千人次，创历届首日新高。',
			'八馆联动，一条主通道走完全程',
			'两百名志愿者分布在各馆入口。',
			'| 1号馆 | 传感器 |',
			'各馆主题一览',
			'GET /api/visitors?day=1 [count]',
			'潭水映新馆，\n机械舞长廊。',
			'[观众预登记](https://news.qtse-expo.example.com/register/)',
			'东区：装备制造',
			'展会期间地铁3号线延长运营至22:00。',
			'\n---\n',
			'[参展商手册](https://news.qtse-expo.example.com/wp-content/uploads/2026/08/exhibitor-manual.pdf)',
			'**如何办理观众证？**\n\n在登录厅出示预登记二维码即可领取。',
			'<dl>\n<dt>专业观众日</dt>\n<dd>9月1日至2日</dd>',
			'展会数据由第三方机构核验<sup>1</sup>。',
			'1. 核验机构为青潭会展统计中心。',
		])
			expect(body, part).toContain(part);
		expect(post(101).notes).toContain('layout marks left out: wp:spacer (empty space)');
	});

	it('keeps every caption visible: under its picture, in place of a missing one, in a gallery', () => {
		const { body } = article(101);
		expect(body).toContain('![登录厅前排队的观众](../../images/imported/opening-day/registration-desk.png "上午九点的登录厅")');
		expect(body).toContain(
			'<!-- image not imported: https://news.qtse-expo.example.com/wp-content/uploads/2026/08/opening-ceremony.png (alt: 开幕式现场) — see the import report -->\n\n开幕式上的剪彩嘉宾',
		);
		// Each picture of the gallery alone in its paragraph, so that the theme shows its title as a caption; the gallery's caption after them.
		expect(body).toContain(
			'![展位分布图](../../images/imported/opening-day/booth-map.png "八个展馆的布局")\n\n![咨询台](../../images/imported/opening-day/registration-desk.png "展商服务中心")\n\n首日现场图集',
		);
		expect(article(103).body).toContain(
			'![展位分布图](../../images/imported/day-two/booth-map.png "八个展馆的布局")\n\n![咨询台](../../images/imported/day-two/registration-desk.png "展商服务中心咨询台")',
		);
	});

	it('takes a WordPress.com picture address from --uploads', () => {
		expect(post(101).images.copied.map((image) => image.from)).toContain(fixture('wordpress/uploads/2026/08/booth-map.png'));
		expect(post(101).images.missing.map((image) => image.src)).toEqual([
			'https://news.qtse-expo.example.com/wp-content/uploads/2026/08/opening-ceremony.png',
		]);
	});

	it('makes embeds titled links with their captions, and names every block, player and shortcode it cannot keep', () => {
		const { body } = article(102);
		expect(body).toContain(
			'[YouTube: https://www.youtube.com/watch?v=qtse2026open](https://www.youtube.com/watch?v=qtse2026open "YouTube")\n\n开幕式直播回放',
		);
		expect(body).toContain('[Twitter: https://twitter.com/qtse_expo/status/1830000000000000000]');
		expect(body).toContain('[Qingtan Daily: https://daily.qingtan.example.org/2026/09/expo-opens/]');
		expect(body).toContain('开幕致辞录音');
		expect(body).toContain('协作机器人演示');
		expect(body).toContain('第二页：展会首日的交通提示。');
		expect(post(102).notes).toEqual([
			'embeds became links (Pavilion shows nothing loaded from other sites): YouTube https://www.youtube.com/watch?v=qtse2026open, Twitter https://twitter.com/qtse_expo/status/1830000000000000000, Qingtan Daily https://daily.qingtan.example.org/2026/09/expo-opens/',
			'blocks WordPress fills in when a page is viewed hold nothing in the export and were left out: wp:latest-posts, wp:search, wp:archives, wp:calendar, wp:rss, wp:tag-cloud, wp:categories, wp:query',
			'layout marks left out: wp:more (the "more" mark: Pavilion makes its own summaries), wp:nextpage (a page break: the pages are joined into one)',
			'shortcodes left as text (they need the WordPress plugin that wrote them): [contact-form-7 id="58" title="媒体报名"]',
		]);
		expect(post(102).problems).toEqual([
			'<audio> https://news.qtse-expo.example.com/wp-content/uploads/2026/08/opening-speech.mp3 was not imported (Pavilion shows no embedded players, frames or forms)',
			'<video> https://news.qtse-expo.example.com/wp-content/uploads/2026/08/robot-demo.mp4 was not imported (Pavilion shows no embedded players, frames or forms)',
		]);
	});

	it('a classic-editor post: paragraphs, [caption], [gallery] from the attachments, [embed] as a link, other shortcodes named', () => {
		const { body } = article(103);
		expect(body.trim()).toMatch(
			/^展会第二天，专业观众继续增加。\n\n!\[展位分布图\]\(\.\.\/\.\.\/images\/imported\/day-two\/booth-map\.png "展位以现场为准"\)/,
		);
		expect(body).toContain(
			'[YouTube: https://www.youtube.com/watch?v=qtse2026day2](https://www.youtube.com/watch?v=qtse2026day2 "YouTube")',
		);
		expect(post(103).notes).toContain('[embed] https://www.youtube.com/watch?v=qtse2026day2 became a link (Pavilion shows no players)');
		expect(post(103).notes).toContain(
			'shortcodes left as text (they need the WordPress plugin that wrote them): [qtse_signup form="visitor"]',
		);
		expect(formatReport(report)).toContain('3 problem(s) marked "!" above need a look.');
	});
});
