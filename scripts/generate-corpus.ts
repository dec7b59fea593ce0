/**
 * Generate a synthetic fair site with N articles (half Chinese, half English) for benchmarks:
 *   node scripts/generate-corpus.ts --count 1000 [--exhibitors 3000] [--out .bench/corpus-1000]
 * With --exhibitors, the site has the exhibitor directory too: that many exhibitors in four halls
 * and six sectors, most with a logo, and one article in twenty naming one of them.
 * The site lives inside the workspace so that `astro-pavilion`, astro and sharp resolve. Output is
 * deterministic (seeded), so runs compare like with like. Set PAVILION_FEED=off when building to
 * turn the feeds off for comparison.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EN_VERBS, EN_WORDS, seededPicker, ZH_OBJECTS, ZH_SUBJECTS, ZH_TAILS, ZH_VERBS } from './lib/corpus-words.ts';

const { values } = parseArgs({
	options: { count: { type: 'string', default: '1000' }, exhibitors: { type: 'string', default: '0' }, out: { type: 'string' } },
});
const count = Number(values.count);
const exhibitorCount = Number(values.exhibitors);
const root = resolve(import.meta.dirname, '..');
const out = resolve(
	values.out ?? join(root, '.bench', exhibitorCount ? `corpus-${count}-exhibitors-${exhibitorCount}` : `corpus-${count}`),
);

const { pick, between } = seededPicker();

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
		...(exhibitorCount && index % 20 === 0 ? [`exhibitors: [${exhibitorSlug(Math.floor(index / 20) % exhibitorCount)}]`] : []),
	];
	return {
		file: `${locale}/article-${String(index).padStart(5, '0')}.${mdx ? 'mdx' : 'md'}`,
		text: `---\n${frontmatter.join('\n')}\n---\n\n${body(locale, mdx)}`,
	};
}

const HALLS = ['hall-1', 'hall-2', 'hall-3', 'hall-5'];
const SECTORS = {
	robotics: ['工业机器人', 'Robotics'],
	'machine-tools': ['数控机床', 'Machine tools'],
	logistics: ['智能物流', 'Logistics'],
	drones: ['无人机', 'Drones'],
	energy: ['新能源装备', 'New energy'],
	sensors: ['传感器', 'Sensors'],
};
const REGIONS = ['CN', 'CN', 'CN', 'CN', 'DE', 'JP', 'KR', 'IT', 'US', 'HK', 'SG', 'FR'];
const ZH_SYLLABLES = Array.from('安博创达鼎飞港海恒华佳锦凯朗明诺鹏启瑞盛泰拓威祥新耀远泽智中');
const EN_SYLLABLES = [
	'an',
	'bo',
	'chuang',
	'da',
	'ding',
	'fei',
	'gang',
	'hai',
	'heng',
	'hua',
	'jia',
	'jin',
	'kai',
	'lang',
	'ming',
	'nuo',
	'peng',
	'qi',
	'rui',
	'sheng',
	'tai',
	'tuo',
	'wei',
	'xiang',
	'xin',
	'yao',
	'yuan',
	'ze',
	'zhi',
	'zhong',
];
const ZH_TRADES = ['机器人', '智能装备', '精密机械', '自动化', '传感科技', '航空科技', '能源设备', '数控'];
const EN_TRADES = ['Robotics', 'Smart Equipment', 'Precision', 'Automation', 'Sensing', 'Aerospace', 'Energy Systems', 'CNC'];
const LOGOS = readdirSync(join(root, 'site/exhibitors/logos')).slice(0, 8);

/** The file name of exhibitor n: unique, from its generated English name and number. */
function exhibitorSlug(n: number): string {
	return `exhibitor-${String(n).padStart(5, '0')}`;
}

function exhibitor(n: number): string {
	const a = between(0, ZH_SYLLABLES.length - 1);
	const b = between(0, ZH_SYLLABLES.length - 1);
	const trade = between(0, ZH_TRADES.length - 1);
	const sectors = [...new Set([pick(Object.keys(SECTORS)), pick(Object.keys(SECTORS))])];
	const hall = HALLS[n % HALLS.length]!;
	const place = Math.floor(n / HALLS.length);
	const stand = `${hall.slice(5)}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(place / 40) % 24]}${String(place % 40).padStart(2, '0')}${place >= 960 ? `-${Math.floor(place / 960)}` : ''}`;
	const name = `${ZH_SYLLABLES[a]}${ZH_SYLLABLES[b]}${ZH_TRADES[trade]}${n}号`;
	const english = `${EN_SYLLABLES[a]![0]!.toUpperCase()}${EN_SYLLABLES[a]!.slice(1)}${EN_SYLLABLES[b]} ${EN_TRADES[trade]} ${n}`;
	return [
		`name: { zh: ${yaml(name)}${n % 10 === 9 ? '' : `, en: ${yaml(english)}`} }`,
		`stand: { hall: ${hall}, number: ${yaml(stand)} }`,
		`sectors: [${sectors.join(', ')}]`,
		`region: ${pick(REGIONS)}`,
		`website: https://${exhibitorSlug(n)}.example.com`,
		...(n % 4 === 3 ? [] : [`logo: ./logos/${pick(LOGOS)}`]),
		`description: { zh: ${yaml(zhSentence())}, en: ${yaml(enSentence())} }`,
		`products: { zh: [${yaml(pick(ZH_TRADES))}, ${yaml(pick(ZH_OBJECTS))}], en: [${yaml(pick(EN_TRADES))}, ${yaml(pick(EN_WORDS))}] }`,
	].join('\n');
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
			...(process.env.PAVILION_FEED === 'off' ? { feed: false } : {}),${exhibitorCount ? `\n\t\t\texhibitors: ${JSON.stringify(exhibitorsOption())},` : ''}
			...(process.env.PAVILION_MAX_FRAGMENTS ? { offline: { maxFragments: Number(process.env.PAVILION_MAX_FRAGMENTS) } } : {}),
		}),
	],
});
`,
);
writeFileSync(
	join(out, 'src/content.config.ts'),
	exhibitorCount
		? "import { defineCollection } from 'astro:content';\nimport { articlesLoader, articlesSchema, exhibitorsLoader, exhibitorsSchema } from 'astro-pavilion/content';\n\nexport const collections = {\n\tarticles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }),\n\texhibitors: defineCollection({ loader: exhibitorsLoader(), schema: exhibitorsSchema() }),\n};\n"
		: "import { defineCollection } from 'astro:content';\nimport { articlesLoader, articlesSchema } from 'astro-pavilion/content';\n\nexport const collections = { articles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }) };\n",
);

function exhibitorsOption() {
	return {
		sectors: Object.fromEntries(Object.entries(SECTORS).map(([key, [zh, en]]) => [key, { zh, en }])),
		halls: Object.fromEntries(
			HALLS.map((hall) => [
				hall,
				{ name: { zh: `${hall.slice(5)}号馆`, en: `Hall ${hall.slice(5)}` }, floorPlan: `site/images/halls/${hall}.png` },
			]),
		),
	};
}
for (let index = 0; index < count; index++) {
	const { file, text } = article(index, index % 2 === 0 ? 'zh' : 'en');
	mkdirSync(join(out, 'site/articles', file, '..'), { recursive: true });
	writeFileSync(join(out, 'site/articles', file), text);
}
// After the articles, so that the articles are the same with and without exhibitors (one seeded generator).
if (exhibitorCount) {
	mkdirSync(join(out, 'site/exhibitors/logos'), { recursive: true });
	mkdirSync(join(out, 'site/images/halls'), { recursive: true });
	for (const logo of LOGOS) cpSync(join(root, 'site/exhibitors/logos', logo), join(out, 'site/exhibitors/logos', logo));
	for (const hall of HALLS) cpSync(join(root, 'site/images/halls', `${hall}.png`), join(out, 'site/images/halls', `${hall}.png`));
	for (let n = 0; n < exhibitorCount; n++) writeFileSync(join(out, 'site/exhibitors', `${exhibitorSlug(n)}.yaml`), `${exhibitor(n)}\n`);
}
console.log(`${count} articles${exhibitorCount ? ` and ${exhibitorCount} exhibitors` : ''} in ${out}`);
