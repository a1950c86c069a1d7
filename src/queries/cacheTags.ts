/**
 * Every cache tag the public site uses. Queries tag what they read with these; collection
 * hooks revalidate them on change. Keep both sides pointing at this one module.
 */
export const TAGS = {
  /** Every list of published articles: home, feed, sitemap. */
  articleLists: 'articles',
  article: (id: number | string) => `article:${id}`,
  /** Pages look articles up by slug, so a re-slug must refresh both the old and new slug. */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  character: (id: number | string) => `character:${id}`,
  show: (id: number | string) => `show:${id}`,
} as const
