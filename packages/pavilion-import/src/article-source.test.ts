import { describe, expect, it } from 'vitest';
import { fieldFacts } from 'astro-pavilion/tools';
import { articleSource, slugForTitle } from './article-source.ts';
import { schema } from './test-utils.ts';

describe('slugForTitle', () => {
	it('makes English titles readable', () => {
		expect(slugForTitle('Visitor pre-registration is open: skip the queue!')).toBe('visitor-pre-registration-is-open-skip-the-queue');
	});
	it('keeps Latin words and digits of a Chinese title and adds a hash of the whole title', () => {
		expect(slugForTitle('40 台 AGV 同场调度')).toMatch(/^40-agv-[0-9a-f]{8}$/);
		expect(slugForTitle('展商报名正式启动')).toMatch(/^[0-9a-f]{8}$/);
	});
	it('is stable: the same Chinese title always gives the same slug, another title another one', () => {
		expect(slugForTitle('展商报名正式启动')).toBe(slugForTitle('展商报名正式启动'));
		expect(slugForTitle('展商报名正式启动')).not.toBe(slugForTitle('观众报名正式启动'));
	});
});

describe('articleSource', () => {
	it('writes complete front matter that starts as a draft', () => {
		const fields = fieldFacts(schema.shape);
		const source = articleSource({
			title: '展商报名 "正式" 启动',
			date: '2026-11-26',
			category: 'news',
			translationKey: 'registration',
			fields,
		});
		expect(source).toMatch(
			/^---\ntitle: "展商报名 \\"正式\\" 启动"\ndate: 2026-11-26\n# updated: 2026-11-26\n# summary: ""\ncategory: news\ntags: \[\]\n/,
		);
		expect(source).toContain('translationKey: registration\n');
		expect(source).toContain('draft: true\n# slug: ""\n---\n\n在这里撰写正文。\n');
		expect(source).toContain('# cover: ../../images/cover.jpg');
		expect(source).toContain('# source:\n#   name: ""\n#   url: ""\n');
	});
});
