// The exhibitor directory's options (pavilion({ exhibitors })): the sectors an exhibitor may name and the
// halls of this edition that have exhibitors in the demo, each with its floor plan. astro.config.mjs passes
// this object to the theme, and scripts/demo-exhibitors.test.ts checks the demo's entries against the same keys.
// The halls follow the hall layout article (site/articles/*/hall-layout-released.md); the floor plans are
// drawn by demo-art/draw-floor-plans.ts from the stands in site/exhibitors/.

/** Sector key (used in URLs and in the entries' `sectors`) to its label in each language. */
const sectors = {
	robotics: { zh: '工业机器人', en: 'Industrial robotics' },
	'machine-tools': { zh: '数控机床', en: 'CNC & machine tools' },
	'smart-logistics': { zh: '智能物流与 AGV', en: 'Smart logistics & AGVs' },
	drones: { zh: '无人机与低空装备', en: 'Drones & low-altitude' },
	'new-energy': { zh: '新能源装备', en: 'New-energy equipment' },
	'software-vision': { zh: '工业软件与机器视觉', en: 'Industrial software & AI vision' },
	sensors: { zh: '传感器与核心部件', en: 'Sensors & components' },
};

/** Hall key (used in the entries' `stand.hall`) to its name and floor plan. */
const halls = {
	'hall-1': { name: { zh: '1号馆', en: 'Hall 1' }, floorPlan: 'site/images/halls/hall-1.png' },
	'hall-2': { name: { zh: '2号馆', en: 'Hall 2' }, floorPlan: 'site/images/halls/hall-2.png' },
	'hall-3': { name: { zh: '3号馆', en: 'Hall 3' }, floorPlan: 'site/images/halls/hall-3.png' },
	'hall-5': { name: { zh: '5号馆', en: 'Hall 5' }, floorPlan: 'site/images/halls/hall-5.png' },
	'hall-7': { name: { zh: '7号馆', en: 'Hall 7' }, floorPlan: 'site/images/halls/hall-7.png' },
};

export default { sectors, halls };
