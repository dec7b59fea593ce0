/**
 * Generate a synthetic fair site with N articles (half Chinese, half English) for benchmarks:
 *   node scripts/generate-corpus.ts --count 1000 [--out .bench/corpus-1000]
 * The site lives inside the workspace so that `astro-pavilion`, astro and sharp resolve. Output is
 * deterministic (seeded), so runs compare like with like. Set PAVILION_FEED=off when building to
 * turn the feeds off for comparison.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' } } });
const count = Number(values.count);
const root = resolve(import.meta.dirname, '..');
const out = resolve(values.out ?? join(root, '.bench', `corpus-${count}`));

// A small seeded generator (mulberry32): the same corpus on every machine and every run.
let seed = 20270421;
function random(): number {
	seed = (seed + 0x6d2b79f5) | 0;
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const ZH_SUBJECTS = [
	'组委会',
	'参展企业',
	'专业观众',
	'青潭会展集团',
	'行业协会',
	'多家机器人企业',
	'新能源装备厂商',
	'物流企业',
	'海外采购商',
	'创新创业团队',
];
const ZH_VERBS = ['发布了', '介绍了', '展示了', '签约了', '启动了', '更新了', '公布了', '讨论了', '完成了', '升级了'];
const ZH_OBJECTS = [
	'展馆布局方案',
	'协作机器人新品',
	'储能安全标准',
	'供采对接计划',
	'智能仓储系统',
	'无人机巡检方案',
	'五轴数控机床',
	'观众预登记流程',
	'国际展团名单',
	'现场服务指南',
	'服务器端渲染技术',
	'工业互联网平台',
];
const ZH_TAILS = [
	'，现场反响热烈。',
	'，预计将吸引更多专业观众。',
	'，相关细则将在官网公布。',
	'，为展会期间的洽谈打下基础。',
	'，业内人士普遍看好其前景。',
	'，并计划在明年继续扩大规模。',
];
const EN_WORDS =
	'exhibitors visitors halls robotics machine tools batteries storage logistics drones semiconductors forum programme registration badge shuttle metro venue booth launch partnership buyers matchmaking innovation startup pavilion safety standard automation factory supply chain export delegation keynote'.split(
		' ',
	);
const EN_VERBS = ['announced', 'presented', 'signed', 'opened', 'expanded', 'reviewed', 'launched', 'confirmed', 'showcased', 'discussed'];
const ZH_TAGS = [
	'机器人',
	'新能源',
	'展商报名',
	'观众服务',
	'供采对接',
	'智能物流',
	'无人机',
	'半导体',
	'论坛',
	'国际合作',
	'创新创业',
	'交通指南',
];
const EN_TAGS = [
	'Robotics',
	'New energy',
	'Registration',
	'Visitors',
	'Matchmaking',
	'Logistics',
	'Drones',
	'Semiconductors',
	'Forums',
	'International',
	'Startups',
	'Travel',
];
const CATEGORIES = ['news', 'press', 'industry', 'exhibitors'];
const COVERS = ['cover-robot-arm.jpg', 'cover-battery.jpg', 'cover-agv.jpg', 'cover-drone.jpg', 'cover-forum.jpg'];

const zhSentence = () => `${pick(ZH_SUBJECTS)}${pick(ZH_VERBS)}${pick(ZH_OBJECTS)}${pick(ZH_TAILS)}`;
function enSentence(): string {
	const words = Array.from({ length: between(8, 16) }, () => pick(EN_WORDS));
	words.splice(2, 0, pick(EN_VERBS));
	const text = words.join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function body(locale: 'zh' | 'en', mdx: boolean): string {
	const sentence = locale === 'zh' ? zhSentence : enSentence;
	const paragraphs = Array.from({ length: between(6, 10) }, (_, index) => {
		const text = Array.from({ length: between(3, 6) }, sentence).join(locale === 'zh' ? '' : ' ');
		return index % 3 === 2
			? `## ${sentence()
					.replace(/[，。.]$/, '')
					.slice(0, 24)}\n\n${text}`
			: text;
	});
	if (mdx) paragraphs.splice(2, 0, `<Callout type="tip">${sentence()}</Callout>`);
	return `${mdx ? "import Callout from 'astro-pavilion/components/Callout.astro';\n\n" : ''}${paragraphs.join('\n\n')}\n`;
}

const yaml = (text: string) => JSON.stringify(text);

function article(index: number, locale: 'zh' | 'en'): { file: string; text: string } {
	const mdx = index % 10 === 0;
	const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((index / count) * 690) * 86400000).toISOString().slice(0, 10);
	const title =
		locale === 'zh'
			? `${pick(ZH_SUBJECTS)}${pick(ZH_VERBS)}${pick(ZH_OBJECTS)}（${index}）`
			: `${enSentence().slice(0, 60).replace(/\.$/, '')} (${index})`;
	const cover = index % 5 === 0 ? pick(COVERS) : undefined;
	const tags = locale === 'zh' ? [pick(ZH_TAGS), pick(ZH_TAGS)] : [pick(EN_TAGS), pick(EN_TAGS)];
	const frontmatter = [
		`title: ${yaml(title)}`,
		`date: ${day}`,
		`category: ${pick(CATEGORIES)}`,
		`tags: [${[...new Set(tags)].map(yaml).join(', ')}]`,
		...(cover ? [`cover: ../../images/${cover}`, `coverAlt: ${yaml(locale === 'zh' ? '示意插图' : 'An illustration')}`] : []),
		`translationKey: pair-${Math.floor(index / 2)}`,
	];
	return {
		file: `${locale}/article-${String(index).padStart(5, '0')}.${mdx ? 'mdx' : 'md'}`,
		text: `---\n${frontmatter.join('\n')}\n---\n\n${body(locale, mdx)}`,
	};
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'src'), { recursive: true });
mkdirSync(join(out, 'site/images'), { recursive: true });
for (const file of [...COVERS, 'logo.svg']) cpSync(join(root, 'site/images', file), join(out, 'site/images', file));
writeFileSync(
	join(out, 'astro.config.mjs'),
	`import { defineConfig } from 'astro/config';
import pavilion from 'astro-pavilion';

export default defineConfig({
	site: 'https://bench.example.com',
	integrations: [
		pavilion({
			title: { zh: '基准测试博览会', en: 'Benchmark Expo' },
			logo: 'site/images/logo.svg',
			expo: {
				name: { zh: '基准测试博览会', en: 'Benchmark Expo' },
				startDate: '2027-04-21',
				endDate: '2027-04-24',
				venue: { name: { zh: '会展中心', en: 'Expo Centre' }, address: { zh: '博览大道1号', en: '1 Expo Avenue' } },
				hours: [{ label: { zh: '开放', en: 'Open' }, days: ['2027-04-21', '2027-04-22', '2027-04-23', '2027-04-24'], open: '09:00', close: '17:00' }],
			},
			...(process.env.PAVILION_FEED === 'off' ? { feed: false } : {}),
			...(process.env.PAVILION_MAX_FRAGMENTS ? { offline: { maxFragments: Number(process.env.PAVILION_MAX_FRAGMENTS) } } : {}),
		}),
	],
});
`,
);
writeFileSync(
	join(out, 'src/content.config.ts'),
	"import { defineCollection } from 'astro:content';\nimport { articlesLoader, articlesSchema } from 'astro-pavilion/content';\n\nexport const collections = { articles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }) };\n",
);
for (let index = 0; index < count; index++) {
	const { file, text } = article(index, index % 2 === 0 ? 'zh' : 'en');
	mkdirSync(join(out, 'site/articles', file, '..'), { recursive: true });
	writeFileSync(join(out, 'site/articles', file), text);
}
console.log(`${count} articles in ${out}`);
