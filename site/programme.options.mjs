// The programme's options: the rooms where sessions take place and the tracks that group them. The theme
// reads this object beside the sessions in site/programme/ and the speakers in site/speakers/, and
// scripts/demo-programme.test.ts checks every session's `room` and `track` against these keys.
// The rooms follow the articles: the opening keynote forum and most themed forums are in the conference
// centre on the upper floor of the North Entrance Hall (site/articles/*/hall-layout-released.md), and the
// buyer matchmaking meetings on the link bridge between Halls 5 and 6 (site/articles/zh/matchmaking-programme-launch.mdx).

/** Room key (used in the sessions' `room`) to its name, and the exhibitor hall it is in, if any. */
const rooms = {
	'main-forum': { name: { zh: '主论坛厅', en: 'Main Forum Hall' } },
	'room-n201': { name: { zh: '北登录厅 N201 会议室', en: 'Room N201, North Entrance Hall' } },
	'room-n203': { name: { zh: '北登录厅 N203 会议室', en: 'Room N203, North Entrance Hall' } },
	'matchmaking-lounge': { name: { zh: '供采对接洽谈区（5 号馆连廊）', en: 'Matchmaking Lounge (Hall 5 link bridge)' }, hall: 'hall-5' },
};

/** Track key (used in the sessions' `track`) to its label in each language. */
const tracks = {
	manufacturing: { zh: '智能制造', en: 'Smart manufacturing' },
	logistics: { zh: '智能物流与低空经济', en: 'Smart logistics & drones' },
	'new-energy': { zh: '新能源装备', en: 'New-energy equipment' },
	ceremonies: { zh: '开幕、颁奖与新品发布', en: 'Ceremonies & launches' },
	business: { zh: '供采对接与贸易合作', en: 'Matchmaking & trade' },
};

export default { rooms, tracks };
