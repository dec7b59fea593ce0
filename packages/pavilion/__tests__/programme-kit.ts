/**
 * The programme on a copy of the basic fixture (fair 2027-04-21..24 in Asia/Shanghai): the option,
 * the collections, speakers with a photo drawn here, and sessions as press staff would write them.
 * The bad-input cases change one file of it each.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { withOptions, writeFile } from './test-utils.ts';

export const PROGRAMME_OPTION = {
	rooms: {
		'main-forum': { name: { zh: '主论坛厅', en: 'Main Forum Hall' } },
		'room-a': { name: { zh: 'A 会议室', en: 'Room A' } },
	},
	tracks: {
		forums: { zh: '主题论坛', en: 'Forums' },
		launches: { zh: '新品发布', en: 'Launches' },
	},
};

export const SESSIONS: Record<string, string> = {
	'opening-ceremony': `title: { zh: 开幕式, en: Opening ceremony }
description: { zh: 博览会开幕。, en: The fair opens. }
start: '2027-04-21T09:30'
end: '2027-04-21T10:15'
room: main-forum
track: forums
language: zh-en
speakers: [lin-siyuan]
`,
	'robot-forum': `title: { zh: "协作机器人论坛：<安全> & 效率", en: "Cobot forum: <safety> & speed" }
start: '2027-04-21T10:15'
end: '2027-04-21T12:00'
room: main-forum
track: forums
language: zh
speakers: [lin-siyuan, anna-weber]
`,
	'arm-launch': `title: { zh: 协作臂发布会, en: Arm launch }
start: '2027-04-21T10:30'
end: '2027-04-21T11:00'
room: room-a
track: launches
language: zh
status: cancelled
`,
	awards: `title: { zh: 颁奖典礼, en: Awards ceremony }
start: '2027-04-22T16:00'
end: '2027-04-22T17:30'
room: main-forum
track: forums
language: zh-en
status: moved
previous: [{ start: '2027-04-21T19:00', end: '2027-04-21T20:30' }]
`,
	'press-preview': `title: { zh: 展前发布会, en: Press preview }
start: '2027-04-20T10:00'
end: '2027-04-20T11:00'
room: room-a
track: forums
language: zh
sideEvent: true
`,
};

export const SPEAKERS: Record<string, string> = {
	'lin-siyuan': `name: { zh: 林思远, en: Lin Siyuan }
organization: { zh: 测试会展集团, en: Test Exhibition Group }
role: { zh: 新闻发言人, en: Spokesperson }
photo: ./photos/lin-siyuan.png
bio: { zh: 负责展会新闻发布。, en: Speaks for the fair. }
`,
	'anna-weber': `name: { zh: 安娜·韦伯, en: Anna Weber }
organization: Krallweg Robotik
`,
};

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { articlesLoader, articlesSchema, sessionsLoader, sessionsSchema, speakersLoader, speakersSchema } from 'astro-pavilion/content';

export const collections = {
	articles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }),
	sessions: defineCollection({ loader: sessionsLoader(), schema: sessionsSchema() }),
	speakers: defineCollection({ loader: speakersLoader(), schema: speakersSchema() }),
};
`;

/** The programme on the copy at `root`: `sessions` replaces sessions' files (undefined leaves one out). */
export async function withProgramme(
	root: string,
	{ sessions = {} }: { sessions?: Record<string, string | undefined> } = {},
): Promise<void> {
	withOptions(root, { programme: PROGRAMME_OPTION });
	writeFile(root, 'src/content.config.ts', CONTENT_CONFIG);
	writeFile(root, 'site/speakers/photos/lin-siyuan.png', '');
	await sharp({ create: { width: 320, height: 320, channels: 3, background: '#c8a27a' } })
		.png()
		.toFile(join(root, 'site/speakers/photos/lin-siyuan.png'));
	for (const [slug, yaml] of Object.entries(SPEAKERS)) writeFile(root, `site/speakers/${slug}.yaml`, yaml);
	for (const [slug, yaml] of Object.entries({ ...SESSIONS, ...sessions }))
		if (yaml !== undefined) writeFile(root, `site/programme/${slug}.yaml`, yaml);
}
