import { z } from 'astro/zod';
import { expecting } from './expecting.ts';

/**
 * Every address an option or an article links to is a web address: `javascript:` or `data:` in a
 * link would run script when a reader clicks it, on the page and in feed readers alike.
 */
export function webUrl(expected = 'a full web address starting with https:// (or http://)') {
	return z.url({ protocol: /^https?$/, error: expecting(expected) });
}

/** Accounts and contacts may also be an e-mail address or a phone number. */
export function contactUrl() {
	return z.url({
		protocol: /^(https?|mailto|tel)$/,
		error: expecting('a web address starting with https://, or a mailto: or tel: address'),
	});
}
