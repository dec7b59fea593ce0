import { createHash } from 'node:crypto';
import { slugify } from 'astro-pavilion/tools';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * A file name for a new article. An English title gives a readable slug; a Chinese one keeps its
 * Latin words and digits and adds a short hash of the title, so the same title always gives the
 * same slug (and a second run refuses to overwrite instead of creating a near-duplicate).
 */
export function slugForTitle(title: string): string {
	if (!HAN.test(title)) return slugify(title).slice(0, 60).replace(/-+$/, '') || hashOf(title);
	const latin = slugify(title.replace(/[^\p{Script=Latin}\p{N}\s-]/gu, ' '))
		.slice(0, 40)
		.replace(/-+$/, '');
	return [latin, hashOf(title)].filter(Boolean).join('-');
}

const hashOf = (text: string) => createHash('sha256').update(text.normalize('NFKC')).digest('hex').slice(0, 8);

export interface NewArticle {
	title: string;
	date: string;
	category: string;
	translationKey?: string | undefined;
}

const quote = (text: string) => JSON.stringify(text);

/** Complete front matter, every optional field present as a commented hint, and a first paragraph to replace. */
export function articleSource({ title, date, category, translationKey }: NewArticle): string {
	return `---
title: ${quote(title)}
date: ${date}
category: ${category}
tags: []
summary: ""
# cover: ../../images/cover.jpg
# coverAlt: ""
author: ""
editor: ""
${translationKey ? `translationKey: ${translationKey}` : '# translationKey: shared-key-of-the-other-language-version'}
# source:
#   name: ""
#   url: https://
#   title: ""
#   author: ""
featured: false
draft: true
---

${HAN.test(title) ? '在这里撰写正文。' : 'Write the article here.'}
`.replace(/^(summary|author|editor): ""\n/gm, '');
}
