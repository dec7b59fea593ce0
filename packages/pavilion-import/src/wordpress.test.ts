import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyToMarkdown } from './markdown.ts';
import { fixture, onePostExport } from './test-utils.ts';
import { readWordPressExport } from './wordpress.ts';
import { wpautop } from './wpautop.ts';

const TZ = 'Asia/Shanghai';
const exported = readWordPressExport(readFileSync(fixture('wordpress/export.xml'), 'utf8'), 'export.xml', TZ);
const post = (id: string) => {
	const found = exported.articles.find((article) => article.input.startsWith(`export.xml → post ${id} `));
	if (!found) throw new Error(`post ${id} was not read`);
	return { article: found, markdown: bodyToMarkdown(found.body) };
};

describe("WordPress's paragraph rule", () => {
	it('makes paragraphs of blank-line-separated text and line breaks of single newlines', () => {
		expect(wpautop('第一段。\n\n第二段第一行\n第二段第二行')).toBe('<p>第一段。</p>\n<p>第二段第一行<br />\n第二段第二行</p>\n');
	});
	it('leaves block elements and <pre> alone', () => {
		expect(wpautop('导语\n<ul>\n\t<li>一</li>\n</ul>\n结尾')).toBe('<p>导语</p>\n<ul>\n<li>一</li>\n</ul>\n<p>结尾</p>\n');
		expect(wpautop('<pre>a\n\nb</pre>')).toBe('<pre>a\n\nb</pre>\n');
	});
});

describe('reading a WordPress export', () => {
	it('imports posts only: pages and attachments are not articles', () => {
		expect(exported.articles.map((article) => article.input)).toEqual([
			'export.xml → post 12 "展商报名启动 & "早鸟价"延至9月"',
			'export.xml → post 30 "展位分布图发布，八个展馆按产业链布局"',
			'export.xml → post 40 "展期志愿者招募方案（草稿）"',
		]);
		expect(exported.skipped).toEqual(['export.xml → page 2 "联系我们": not a post']);
	});

	it('a classic-editor post: paragraphs from blank lines, [caption] as a figure, author name, tags, categories, GMT date', () => {
		const { article, markdown } = post('12');
		expect(article).toMatchObject({
			title: '展商报名启动 & "早鸟价"延至9月',
			author: '李静',
			tags: ['展商报名', '机器人'],
			oldCategories: [{ name: '展会新闻', slug: 'news' }],
			draft: false,
			oldUrl: 'https://news.qtse-expo.example.com/2026/08/exhibitor-registration-2027/',
			slugHints: ['exhibitor-registration-2027', 'https://news.qtse-expo.example.com/2026/08/exhibitor-registration-2027/'],
			problems: [],
		});
		expect(article.date).toMatchObject({ written: '2026-08-12T09:30:00+08:00', from: 'wp:post_date_gmt "2026-08-12 01:30:00"' });
		expect(markdown.split('\n\n')).toEqual([
			'第七届青潭智博会展商报名今天正式启动。参展企业可登录官网提交申请，组委会将在五个工作日内完成审核。',
			'为了照顾中小企业，原定8月底截止的**早鸟价**将延长至9月30日。\\\n标准展位早鸟价为每个9800元，光地每平方米980元。',
			'![展商服务中心的报名咨询台](https://news.qtse-expo.example.com/wp-content/uploads/2026/08/registration-desk-300x200.png "展商服务中心咨询台")',
			'报名咨询电话：+86 838 6655 0421\\\n咨询时间：工作日 9:00—17:00',
			'- 机器人与自动化\n- 新能源装备',
			'更多信息请见[展馆平面图发布](https://news.qtse-expo.example.com/2026/07/hall-layout/)一文。',
		]);
	});

	it('a block-editor post: block comments dropped, figure caption kept, featured image with its alt text, source line read', () => {
		const { article, markdown } = post('30');
		expect(article).toMatchObject({
			title: '展位分布图发布，八个展馆按产业链布局',
			author: '许晴',
			source: { name: '青潭会展集团' },
			oldCategories: [
				{ name: '行业动态', slug: 'industry' },
				{ name: '媒体聚焦', slug: 'media' },
			],
			cover: {
				url: 'https://news.qtse-expo.example.com/wp-content/uploads/2026/08/booth-map.png',
				alt: '第七届青潭智博会八个展馆的展位分布图',
			},
			// The post_name is Chinese, percent-encoded: not a slug the theme could use.
			slugHints: ['展位分布图', 'https://news.qtse-expo.example.com/2026/08/%e5%b1%95%e4%bd%8d%e5%88%86%e5%b8%83%e5%9b%be/'],
		});
		expect(article.date?.written).toBe('2026-08-15T14:00:00+08:00');
		expect(markdown).not.toMatch(/wp:|<!--|来源/);
		expect(markdown).toContain(
			'![第七届青潭智博会八个展馆的展位分布图](https://news.qtse-expo.example.com/wp-content/uploads/2026/08/booth-map.png "展位分布图（以现场为准）")',
		);
		expect(markdown).toContain(
			'## 各馆主题\n\n- 1—3号馆：核心零部件与传感器\n- 4—7号馆：数控机床、工业机器人与新能源装备\n- 8号馆：国际展区与跨境服务区',
		);
		// A link to another post stays its old address here; the import points it at the new URL once both have one.
		expect(markdown).toMatch(
			/参展报名方式见\[《展商报名启动》\]\(https:\/\/news\.qtse-expo\.example\.com\/2026\/08\/exhibitor-registration-2027\/\)一文。$/,
		);
	});

	it('a draft: imported as a draft, its local date read in the fair time zone', () => {
		const { article, markdown } = post('40');
		expect(article.draft).toBe(true);
		expect(article.date).toMatchObject({ written: '2026-08-20T10:00:00+08:00', from: 'wp:post_date "2026-08-20 10:00:00"' });
		expect(article.notes).toContain(
			"the post has no GMT date (it was never published); its date 2026-08-20 10:00:00 was read in the fair's time zone",
		);
		expect(markdown).toBe(
			'展会期间需要约200名志愿者，负责登录厅引导、展馆问询和接驳巴士站点服务。\n\n招募对象以青潭市高校学生为主。具体方案待组委会审定后公布。',
		);
	});

	it("keeps the instant when the WordPress site's time zone is not the fair's", () => {
		const xml = readFileSync(fixture('wordpress/export.xml'), 'utf8').replace('2026-08-12 09:30:00', '2026-08-11 19:30:00');
		const [first] = readWordPressExport(xml, 'export.xml', TZ).articles;
		expect(first?.date?.written).toBe('2026-08-12T09:30:00+08:00');
		expect(first?.notes.some((note) => note.startsWith("the WordPress site's time zone differs from the fair's"))).toBe(true);
	});

	it('reads the namespaces by address, written with https:// or under another prefix', () => {
		const renamed = onePostExport('论坛报名今天开始，名额有限。')
			.replaceAll('http://', 'https://')
			.replace('xmlns:wp=', 'xmlns:wxr=')
			.replace(/<(\/?)wp:/g, '<$1wxr:');
		expect(renamed).not.toContain('<wp:');
		const [article] = readWordPressExport(renamed, 'one.xml', TZ).articles;
		expect(article).toMatchObject({ title: '论坛报名开始', author: '李静', draft: false });
		expect(article?.date?.written).toBe('2026-08-12T09:30:00+08:00');
	});

	describe('bylines in the text of a post', () => {
		const onePost = (content: string) => readWordPressExport(onePostExport(content), 'one.xml', TZ).articles[0]!;

		it('stores an original title at the top with the source at the end, and lists both lines', () => {
			const article = onePost('原标题：智能制造论坛九月举行\n\n论坛报名今天开始，名额有限。\n\n来源：青潭日报');
			expect(article.source).toEqual({ name: '青潭日报', title: '智能制造论坛九月举行' });
			expect(article.moved).toEqual(['原标题：智能制造论坛九月举行', '来源：青潭日报']);
			expect(bodyToMarkdown(article.body)).toBe('论坛报名今天开始，名额有限。');
		});

		it('keeps a 时间 line, and a date line that is not the post date, in the text', () => {
			const article = onePost('论坛报名今天开始，名额有限。\n\n时间：2026年9月18日 9:00');
			expect(article.date?.written).toBe('2026-08-12T09:30:00+08:00');
			expect(bodyToMarkdown(article.body)).toBe('论坛报名今天开始，名额有限。\n\n时间：2026年9月18日 9:00');
			const other = onePost('论坛报名今天开始，名额有限。\n\n发布时间：2026-08-10 08:00\n\n作者：王芳');
			expect(other).toMatchObject({ author: '王芳', moved: ['作者：王芳'] });
			expect(other.notes).toContain('the byline "王芳" was used as author instead of the WordPress user 李静');
			expect(bodyToMarkdown(other.body)).toBe('论坛报名今天开始，名额有限。\n\n发布时间：2026-08-10 08:00');
			// The same date as the post's is in the front matter: its line goes.
			const same = onePost('论坛报名今天开始，名额有限。\n\n发布时间：2026-08-12 09:30');
			expect(same.moved).toEqual(['发布时间：2026-08-12 09:30']);
			expect(bodyToMarkdown(same.body)).toBe('论坛报名今天开始，名额有限。');
		});
	});
});
