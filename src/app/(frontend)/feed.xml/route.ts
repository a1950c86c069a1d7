import { getLatestArticles } from '@/queries/articles'
import { siteUrl } from '@/utilities/siteUrl'

const escapeXml = (value: string): string =>
  value.replace(
    /[<>&'"]/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!,
  )

/** RSS 2.0 of the latest published articles. Descriptions are the spoiler-safe deks. */
export async function GET(): Promise<Response> {
  const base = siteUrl()
  const articles = await getLatestArticles()
  const items = articles
    .map((article) => {
      const link = `${base}/articles/${article.slug}`
      return [
        '<item>',
        `<title>${escapeXml(article.title)}</title>`,
        `<link>${escapeXml(link)}</link>`,
        `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
        `<description>${escapeXml(article.dek)}</description>`,
        article.publishedAt
          ? `<pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>`
          : '',
        '</item>',
      ].join('')
    })
    .join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>Spoilerproof</title>
<link>${escapeXml(base)}/</link>
<description>TV news and explainers, with spoilers kept behind a button.</description>
<language>en</language>
<atom:link href="${escapeXml(base)}/feed.xml" rel="self" type="application/rss+xml"/>
${items}
</channel>
</rss>`
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
