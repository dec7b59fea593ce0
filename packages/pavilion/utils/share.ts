/**
 * Share targets are plain links: nothing is loaded from the networks until the reader clicks.
 * WeChat has no web share link, so it gets a QR code instead (components/ShareBar.astro).
 */
export interface ShareTarget {
	id: 'weibo' | 'linkedin' | 'x' | 'email';
	href: (url: string, title: string) => string;
}

const q = encodeURIComponent;

export const SHARE_TARGETS: readonly ShareTarget[] = [
	{ id: 'weibo', href: (url, title) => `https://service.weibo.com/share/share.php?url=${q(url)}&title=${q(title)}` },
	{ id: 'linkedin', href: (url) => `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
	{ id: 'x', href: (url, title) => `https://x.com/intent/post?url=${q(url)}&text=${q(title)}` },
	// The title is the subject already: the body carries the address alone, since every page pays for
	// each percent-encoded copy of a Chinese title (nine bytes a character).
	{ id: 'email', href: (url, title) => `mailto:?subject=${q(title)}&body=${q(url)}` },
];
