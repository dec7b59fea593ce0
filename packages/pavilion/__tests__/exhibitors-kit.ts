/**
 * The exhibitor directory on a copy of the basic fixture: the option, the collection, floor plans
 * and logos drawn here, and exhibitors written as an organizer's press staff would write them.
 * The bad-input cases change one file of it each.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { withOptions, writeFile } from './test-utils.ts';

export const EXHIBITORS_OPTION = {
	sectors: {
		robotics: { zh: '工业机器人', en: 'Industrial robotics' },
		logistics: { zh: '智能物流', en: 'Smart logistics' },
		drones: { zh: '无人机', en: 'Drones' },
	},
	halls: {
		'hall-1': { name: { zh: '1号馆', en: 'Hall 1' }, floorPlan: 'site/images/halls/hall-1.png' },
		'hall-2': { name: { zh: '2号馆', en: 'Hall 2' }, floorPlan: 'site/images/halls/hall-2.png' },
	},
	pageSize: 12,
};

/** Each exhibitor's file, as YAML text: the fields in the order the docs give them. */
export const EXHIBITORS: Record<string, string> = {
	'lanqi-robotics': `name: { zh: 青潭澜启机器人有限公司, en: Lanqi Robotics }
stand: { hall: hall-1, number: "1A05" }
sectors: [robotics]
region: CN
website: https://lanqi.example.com
logo: ./logos/lanqi-robotics.png
description: { zh: 专注协作机械臂的研发与制造。, en: Makes collaborative robot arms. }
products: { zh: [六轴协作机械臂, 视觉引导系统], en: [Six-axis collaborative arm, Vision guidance] }
contact: { email: info@lanqi.example.com, phone: "+86 838 6655 1001" }
`,
	'chiheng-logistics': `name: { zh: 驰衡智能物流, en: Chiheng Logistics }
stand: { hall: hall-2, number: "2B01" }
sectors: [logistics, robotics]
region: CN
logo: ./logos/chiheng-logistics.png
`,
	'aerfa-drones': `name: { zh: 阿尔法飞行器, en: Alpha Aerial }
stand: { hall: hall-2, number: "2A01" }
sectors: [drones]
region: HK
`,
	'baumann-antriebe': `name: { zh: 鲍曼传动, en: Baumann Antriebe GmbH }
stand: { hall: hall-1, number: "1C10" }
sectors: [robotics]
region: DE
website: http://baumann.example.de
`,
	'zhongqing-jingji': `name: 重擎精机
stand: { hall: hall-1, number: "1A06" }
sectors: [robotics]
region: CN
`,
	'qt-zhizao': `name: { zh: QT智造, en: QT Smart Manufacturing }
stand: { hall: hall-1, number: "1B02" }
sectors: [robotics, logistics]
region: CN
`,
	'xiamen-feiyun': `name: { zh: 厦门飞云无人机, en: Feiyun Drones Xiamen }
sortKey: xiamen feiyun
stand: { hall: hall-2, number: "2A02" }
sectors: [drones]
region: CN
`,
	'escaped-name': `name: { zh: "<script>alert(1)</script>展商", en: "Tag & <b>Bold</b> Ltd" }
stand: { hall: hall-2, number: "2C03" }
sectors: [logistics]
region: SG
description: { zh: "简介里有 <img src=x onerror=alert(1)>。", en: "A description with <img src=x onerror=alert(1)>." }
`,
	'heshan-cnc': `name: { zh: 鹤山数控, en: Heshan CNC }
stand: { hall: hall-1, number: "1A07" }
sectors: [robotics]
region: CN
`,
	'mingde-sensing': `name: { zh: 明德传感, en: Mingde Sensing }
stand: { hall: hall-1, number: "1A08" }
sectors: [robotics]
region: CN
`,
	'nordlicht-systems': `name: { zh: 北光系统, en: Nordlicht Systems }
stand: { hall: hall-2, number: "2A03" }
sectors: [logistics]
region: DE
`,
	'yunfan-uav': `name: { zh: 云帆航空科技, en: Yunfan UAV }
stand: { hall: hall-2, number: "2A04" }
sectors: [drones]
region: CN
`,
	'sakura-motion': `name: { zh: 樱动精工, en: Sakura Motion }
stand: { hall: hall-1, number: "1B03" }
sectors: [robotics]
region: JP
`,
};

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { articlesLoader, articlesSchema, exhibitorsLoader, exhibitorsSchema } from 'astro-pavilion/content';

export const collections = {
	articles: defineCollection({ loader: articlesLoader(), schema: articlesSchema() }),
	exhibitors: defineCollection({ loader: exhibitorsLoader(), schema: exhibitorsSchema() }),
};
`;

async function png(root: string, path: string, width: number, height: number, colour: string): Promise<void> {
	const file = join(root, path);
	writeFile(root, path, '');
	await sharp({ create: { width, height, channels: 3, background: colour } })
		.png()
		.toFile(file);
}

/** The directory on the copy at `root`: `changed` replaces exhibitors' files (undefined leaves one out). */
export async function withExhibitors(
	root: string,
	{ changed = {}, options = {} }: { changed?: Record<string, string | undefined>; options?: Record<string, unknown> } = {},
): Promise<void> {
	withOptions(root, { exhibitors: EXHIBITORS_OPTION, ...options });
	writeFile(root, 'src/content.config.ts', CONTENT_CONFIG);
	await png(root, 'site/images/halls/hall-1.png', 800, 500, '#e8e4d8');
	await png(root, 'site/images/halls/hall-2.png', 800, 500, '#d8e4e8');
	await png(root, 'site/exhibitors/logos/lanqi-robotics.png', 240, 240, '#1d6fb8');
	await png(root, 'site/exhibitors/logos/chiheng-logistics.png', 240, 240, '#c8102e');
	for (const [slug, yaml] of Object.entries({ ...EXHIBITORS, ...changed }))
		if (yaml !== undefined) writeFile(root, `site/exhibitors/${slug}.yaml`, yaml);
}
