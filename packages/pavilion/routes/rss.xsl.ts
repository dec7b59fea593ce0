import type { APIRoute, GetStaticPaths } from 'astro';
import { escapeMarkup } from '../utils/escape.ts';
import { logo } from 'virtual:pavilion/images';
import { localeContext, localeFromParam, localeParams } from '../runtime/site.ts';
import { logoIconUrl } from '../runtime/urls.ts';

export const getStaticPaths = (() => localeParams().map(({ locale }) => ({ params: { locale } }))) satisfies GetStaticPaths;

/**
 * /rss.xsl: opened in a browser, a feed is shown as a page that says what it is and how to
 * subscribe, in the feed's language, instead of raw XML.
 */
export const GET: APIRoute = ({ params }) => {
	const { t, lang } = localeContext(localeFromParam(params.locale));
	const s = (key: string) => escapeMarkup(t(key));
	const xsl = `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
<xsl:template match="/">
<html lang="${escapeMarkup(lang)}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
${logo ? `<link rel="icon" type="image/png" href="${escapeMarkup(logoIconUrl(192))}"/>` : ''}
<title><xsl:value-of select="/rss/channel/title"/> · RSS</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',sans-serif;line-height:1.7;color:#1c2529;background:#f7f6f2}
main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem}
.about{padding:1rem 1.25rem;border-left:4px solid #0f5c6e;background:#e2f0f2;border-radius:0 6px 6px 0}
code{display:block;margin:.5rem 0;padding:.5rem .75rem;background:#fff;border:1px solid #d9d6cc;border-radius:6px;overflow-wrap:anywhere}
ol{padding:0;list-style:none}li{padding:1rem 0;border-bottom:1px solid #d9d6cc}
li a{font-weight:700;color:#0b5263;font-size:1.1rem}time{display:block;color:#4f5b61;font-size:.875rem}
@media (prefers-color-scheme:dark){body{background:#0f1417;color:#e7ecee}.about{background:#12343c}code{background:#161d21;border-color:#2e3a40}li a{color:#8fd3e0}time{color:#a9b6bc}li{border-color:#2e3a40}}
</style>
</head>
<body>
<main>
<section class="about" aria-labelledby="about">
<h1 id="about">${s('feed.pageTitle')}</h1>
<p>${s('feed.pageExplain')}</p>
<p>${s('feed.pageHowTo')}</p>
<code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code>
</section>
<h2><xsl:value-of select="/rss/channel/title"/></h2>
<p><xsl:value-of select="/rss/channel/description"/></p>
<p><a><xsl:attribute name="href"><xsl:value-of select="/rss/channel/link"/></xsl:attribute>${s('feed.pageVisit')}</a></p>
<h2>${s('feed.pageLatest')}</h2>
<ol>
<xsl:for-each select="/rss/channel/item">
<li>
<a><xsl:attribute name="href"><xsl:value-of select="link"/></xsl:attribute><xsl:value-of select="title"/></a>
<time><xsl:value-of select="pubDate"/></time>
<p><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
	return new Response(xsl, { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
};
