// @ts-check
import { defineConfig } from 'astro/config';
import pavilion from 'astro-pavilion';
import pressFiles from './site/press/files.json' with { type: 'json' };
import exhibitorsOptions from './site/exhibitors.options.mjs';
import programmeOptions from './site/programme.options.mjs';

// The demo: a fictional fair. Everything an organizer sets lives in pavilion({...}).
export default defineConfig({
	site: 'https://qtse.example.com',
	publicDir: './site/public',
	// Benchmark sites are generated inside the workspace (so packages resolve); `astro dev` need not watch them.
	vite: { server: { watch: { ignored: ['**/.bench/**', '**/__tests__/.tmp/**'] } } },
	integrations: [
		pavilion({
			title: { zh: '青潭智博会', en: 'QTSE 2027' },
			description: {
				zh: '第七届青潭国际智能装备博览会官方网站：展会新闻、新闻发布、行业动态与展商风采。',
				en: 'Official news of the 7th Qingtan International Smart Equipment Expo: fair news, press releases, industry and exhibitors.',
			},
			logo: { src: 'site/images/logo.svg', alt: { zh: '青潭智博会标志', en: 'QTSE logo' } },
			socialImage: 'site/images/cover-skyline.jpg',
			defaultLocale: 'zh',
			locales: {
				zh: { label: '中文', lang: 'zh-CN' },
				en: { label: 'English', lang: 'en' },
			},
			expo: {
				name: { zh: '第七届青潭国际智能装备博览会', en: '7th Qingtan International Smart Equipment Expo' },
				shortName: { zh: '青潭智博会', en: 'QTSE 2027' },
				edition: 7,
				startDate: '2027-04-21',
				endDate: '2027-04-24',
				timezone: 'Asia/Shanghai',
				venue: {
					name: { zh: '青潭国际博览中心', en: 'Qingtan International Expo Centre' },
					address: { zh: '青潭市临江新区博览大道1号', en: '1 Bolan Avenue, Linjiang New District, Qingtan' },
				},
				hours: [
					{
						label: { zh: '专业观众日', en: 'Trade visitor days' },
						days: ['2027-04-21', '2027-04-22', '2027-04-23'],
						open: '09:00',
						close: '17:00',
					},
					{ label: { zh: '公众开放日', en: 'Public day' }, days: ['2027-04-24'], open: '09:00', close: '15:00' },
				],
				status: 'scheduled',
				registrationUrl: 'https://qtse.example.com/register',
			},
			organizers: [
				{ role: 'host', name: { zh: '青潭市人民政府', en: 'Qingtan Municipal People’s Government' } },
				{ role: 'organizer', name: { zh: '青潭会展集团有限公司', en: 'Qingtan Exhibition Group' } },
				{ role: 'co-organizer', name: { zh: '青潭市智能制造协会', en: 'Qingtan Intelligent Manufacturing Association' } },
			],
			contact: {
				phones: [
					{ label: { zh: '展商服务', en: 'Exhibitor services' }, number: '+86 838 6655 0421' },
					{ label: { zh: '观众服务', en: 'Visitor services' }, number: '400-600-0421' },
				],
				email: 'info@qtse.example.com',
				address: {
					zh: '青潭市临江新区博览大道1号 青潭国际博览中心A座',
					en: 'Block A, Qingtan International Expo Centre, 1 Bolan Avenue, Qingtan',
				},
			},
			social: [{ platform: 'wechat', label: { zh: '扫码关注官方微信', en: 'Follow us on WeChat' }, qr: 'site/images/wechat-qr.png' }],
			press: {
				releases: 'press',
				downloads: 'site/press/downloads',
				files: pressFiles,
				accreditation: {
					article: 'media-accreditation',
					deadline: '2027-04-10',
					url: 'https://qtse.example.com/media/apply',
					email: 'press@qtse.example.com',
					note: {
						zh: '面向国内外新闻媒体、行业媒体和新媒体机构的记者，凭有效记者证或所在单位介绍信申请。',
						en: 'Open to journalists from news outlets, trade publications and digital media in China and abroad, with a press card or a letter from their editor.',
					},
				},
				contacts: [
					{
						name: { zh: '林思远', en: 'Lin Siyuan' },
						role: { zh: '组委会新闻发言人', en: 'Spokesperson of the organizing committee' },
						phone: '+86 838 6655 0428',
						email: 'press@qtse.example.com',
					},
					{
						name: { zh: '新闻中心值班台', en: 'Media centre duty desk' },
						role: { zh: '南登录厅二层，展期每天 08:00—18:00', en: 'South entrance hall, level 2; 08:00–18:00 daily during the fair' },
						phone: '+86 838 6655 0429',
					},
				],
			},
			// The exhibitor directory: sectors and halls (site/exhibitors.options.mjs); one file per exhibitor in site/exhibitors/.
			exhibitors: exhibitorsOptions,
			programme: programmeOptions,
			// The browser editor at /admin/; `pnpm cms` lets it edit this clone's files (docs/editing.md).
			cms: {
				backend: {
					name: 'forgejo',
					repo: 'qtse/website',
					apiRoot: 'https://git.qtse.example.com/api/v1',
					baseUrl: 'https://git.qtse.example.com',
					authEndpoint: 'https://git.qtse.example.com/login/oauth/authorize',
					appId: 'qtse-website-editor',
				},
			},
			compliance: {
				icp: '青ICP备20270421号-1',
				police: { text: '青公网安备 51010702000421号', code: '51010702000421' },
			},
		}),
	],
});
