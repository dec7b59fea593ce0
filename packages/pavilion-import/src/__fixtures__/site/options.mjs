// The pavilion() options of the importer's test site: only what the theme requires, and two locales.
export default {
	title: { zh: '测试博览会', en: 'Test Expo' },
	locales: { zh: { label: '中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } },
	expo: {
		name: { zh: '第七届测试博览会', en: 'Test Expo' },
		startDate: '2027-04-21',
		endDate: '2027-04-24',
		venue: { name: { zh: '测试会展中心', en: 'Test Expo Centre' }, address: { zh: '测试大道1号', en: '1 Test Avenue' } },
	},
};
