/**
 * What each field of an exhibitor is, in the two languages the theme ships: the schema's English
 * descriptions come from here (schemas/exhibitor.ts), and so do the browser editor's labels and
 * hints (features/editor/exhibitor-fields.ts). docs/exhibitors.md lists the same fields.
 */
import type { FieldText } from './field-text.ts';

export const EXHIBITOR_TEXT = {
	name: {
		label: { zh: '展商名称', en: 'Name' },
		hint: {
			zh: '每种语言一个名称；中文名称必填，英文名称可不填（不填则显示中文名称）。英文名称也是新展商的网址。',
			en: 'The exhibitor’s name: one text, or one per language ({ zh: "青潭机器人有限公司", en: "Qingtan Robotics" }).',
		},
	},
	sortKey: {
		label: { zh: '排序拼音', en: 'Sort as (pinyin)' },
		hint: {
			zh: '名称首字为多音字、排错字母时填写拼音，如“厦门飞云”填 xiamen feiyun。',
			en: 'How the Chinese name sorts, in pinyin, for a name whose first character has two readings and sorts under the wrong letter (厦门 sorts as "sha"): "xiamen feiyun".',
		},
	},
	stand: {
		label: { zh: '展位', en: 'Stand' },
		hint: { zh: '所在展馆和展位号。', en: 'Where the exhibitor is: hall and stand.' },
	},
	'stand.hall': {
		label: { zh: '展馆', en: 'Hall' },
		hint: { zh: '选项中设定的展馆之一。', en: 'The hall, a key of the options’ halls.' },
	},
	'stand.number': {
		label: { zh: '展位号', en: 'Stand number' },
		hint: { zh: '与展馆平面图一致的展位号，如 1A05。', en: 'The stand number as the floor plan shows it, such as "1A05".' },
	},
	sectors: {
		label: { zh: '所属行业', en: 'Sectors' },
		hint: { zh: '一个或多个行业，来自选项中的行业列表。', en: 'The sectors it exhibits in, keys of the options’ sectors.' },
	},
	region: {
		label: { zh: '国家地区', en: 'Country or region' },
		hint: {
			zh: '两个大写字母的 ISO 3166 代码，如 CN、DE、HK；页面按语言显示名称。',
			en: 'Country or region, as its ISO 3166 code: the pages show its name in each language.',
		},
	},
	website: {
		label: { zh: '网址', en: 'Website' },
		hint: { zh: '以 https:// 或 http:// 开头的完整网址。', en: 'The exhibitor’s site, http(s) only.' },
	},
	logo: {
		label: { zh: '标志', en: 'Logo' },
		hint: { zh: '展商标志图片，PNG、JPEG、WebP 或 SVG。', en: 'The logo, a file beside the entry or under site/images/.' },
	},
	description: {
		label: { zh: '简介', en: 'Description' },
		hint: { zh: '一两句话的简介，每种语言一段。', en: 'A short description, one text or one per language.' },
	},
	products: {
		label: { zh: '主要展品', en: 'Products' },
		hint: { zh: '展品列表，每种语言一组。', en: 'Products shown, a list, or one list per language.' },
	},
	contact: {
		label: { zh: '联系方式', en: 'Contact' },
		hint: { zh: '面向观众公开的联系方式。', en: 'A public contact for visitors.' },
	},
	'contact.email': {
		label: { zh: '电子邮箱', en: 'E-mail' },
		hint: { zh: '公开的电子邮箱。', en: 'A public e-mail address.' },
	},
	'contact.phone': {
		label: { zh: '电话', en: 'Phone' },
		hint: { zh: '公开的联系电话。', en: 'A public phone number.' },
	},
} satisfies Record<string, FieldText>;

export type ExhibitorField = keyof typeof EXHIBITOR_TEXT;

/** The English hint, which is the schema's description of the field. */
export const describeExhibitorField = (field: ExhibitorField): string => EXHIBITOR_TEXT[field].hint.en;
