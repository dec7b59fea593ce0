/**
 * The words the generated corpus is made of (scripts/generate-corpus.ts), and its seeded generator
 * (mulberry32): the same corpus on every machine and every run. The previews benchmark draws titles
 * from the same words (scripts/bench-previews.ts).
 */
export function seededPicker(seed = 20270421) {
	let state = seed;
	const random = (): number => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
	return { random, pick, between };
}

export const ZH_SUBJECTS = [
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
export const ZH_VERBS = ['发布了', '介绍了', '展示了', '签约了', '启动了', '更新了', '公布了', '讨论了', '完成了', '升级了'];
export const ZH_OBJECTS = [
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
export const ZH_TAILS = [
	'，现场反响热烈。',
	'，预计将吸引更多专业观众。',
	'，相关细则将在官网公布。',
	'，为展会期间的洽谈打下基础。',
	'，业内人士普遍看好其前景。',
	'，并计划在明年继续扩大规模。',
];
export const EN_WORDS =
	'exhibitors visitors halls robotics machine tools batteries storage logistics drones semiconductors forum programme registration badge shuttle metro venue booth launch partnership buyers matchmaking innovation startup pavilion safety standard automation factory supply chain export delegation keynote'.split(
		' ',
	);
export const EN_VERBS = [
	'announced',
	'presented',
	'signed',
	'opened',
	'expanded',
	'reviewed',
	'launched',
	'confirmed',
	'showcased',
	'discussed',
];
