/**
 * What each field of a session and of a speaker is, in the two languages the theme ships: the
 * schemas' English descriptions come from here (schemas/session.ts, schemas/speaker.ts), and so do
 * the browser editor's labels and hints (features/editor/programme-fields.ts).
 */
import type { FieldText } from './field-text.ts';

export const SESSION_TEXT = {
	title: {
		label: { zh: '活动名称', en: 'Title' },
		hint: { zh: '每种语言一个名称。', en: 'The session’s title: one text, or one per language.' },
	},
	description: {
		label: { zh: '简介', en: 'Description' },
		hint: { zh: '活动内容介绍，每种语言一段。', en: 'What the session is about, one text or one per language.' },
	},
	start: {
		label: { zh: '开始时间', en: 'Start' },
		hint: { zh: '展会当地时间，写作 2027-04-21T09:30。', en: "When it starts, in the fair's time: '2027-04-21T09:30'." },
	},
	end: {
		label: { zh: '结束时间', en: 'End' },
		hint: { zh: '展会当地时间，写作 2027-04-21T11:00。', en: "When it ends, in the fair's time: '2027-04-21T11:00'." },
	},
	room: { label: { zh: '会场', en: 'Room' }, hint: { zh: '选项中设定的会场之一。', en: 'The room, a key of the options’ rooms.' } },
	track: { label: { zh: '类别', en: 'Track' }, hint: { zh: '选项中设定的类别之一。', en: 'The track, a key of the options’ tracks.' } },
	language: {
		label: { zh: '语言', en: 'Language' },
		hint: { zh: '活动使用的语言：zh、en，同传写 zh-en。', en: 'The language spoken: zh, en, or zh-en for an interpreted session.' },
	},
	speakers: {
		label: { zh: '嘉宾', en: 'Speakers' },
		hint: { zh: '嘉宾文件名（site/speakers/ 中，不含 .yaml）。', en: 'Its speakers, by the file names of site/speakers/.' },
	},
	status: {
		label: { zh: '状态', en: 'Status' },
		hint: {
			zh: 'scheduled（如期）、moved（已调整，请在“原定时间”中填写之前的时间）或 cancelled（已取消）。',
			en: 'scheduled, moved (give its earlier times in previous) or cancelled.',
		},
	},
	previous: {
		label: { zh: '原定时间', en: 'Earlier times' },
		hint: { zh: '调整过的活动在此保留原来的时间，按先后顺序。', en: 'For a moved session: the times it had before, earliest first.' },
	},
	'previous.start': { label: { zh: '原开始时间', en: 'Start' }, hint: { zh: '展会当地时间。', en: "In the fair's time." } },
	'previous.end': { label: { zh: '原结束时间', en: 'End' }, hint: { zh: '展会当地时间。', en: "In the fair's time." } },
	sideEvent: {
		label: { zh: '展期外活动', en: 'Side event' },
		hint: {
			zh: '在展期之外举行的活动（如开幕前的新闻发布会）请勾选。',
			en: 'true for a session outside the fair’s days, such as a press conference the day before.',
		},
	},
	exhibitors: {
		label: { zh: '参与展商', en: 'Exhibitors' },
		hint: { zh: '展商文件名（site/exhibitors/ 中，不含 .yaml）。', en: 'Exhibitors presenting, by the file names of site/exhibitors/.' },
	},
} satisfies Record<string, FieldText>;

export const SPEAKER_TEXT = {
	name: {
		label: { zh: '姓名', en: 'Name' },
		hint: { zh: '每种语言一个姓名。', en: 'The speaker’s name: one text, or one per language ({ zh: "林思远", en: "Lin Siyuan" }).' },
	},
	organization: {
		label: { zh: '单位', en: 'Organization' },
		hint: { zh: '所在单位。', en: 'Where they work, one text or one per language.' },
	},
	role: { label: { zh: '职务', en: 'Role' }, hint: { zh: '在该单位的职务。', en: 'Their position there, one text or one per language.' } },
	photo: {
		label: { zh: '照片', en: 'Photo' },
		hint: { zh: '嘉宾照片。', en: 'A portrait, a file beside the entry or under site/images/.' },
	},
	bio: { label: { zh: '简介', en: 'Biography' }, hint: { zh: '一两句话的简介。', en: 'A short biography, one text or one per language.' } },
} satisfies Record<string, FieldText>;
