/**
 * Every cache tag the public site uses. Queries tag what they read with these; collection
 * hooks revalidate them on change. Keep both sides pointing at this one module; the map of
 * which change refreshes which page is in docs/architecture.md.
 */
export const TAGS = {
  /** Every list of published articles: home, feed, sitemap. */
  articleLists: 'articles',
  article: (id: number | string) => `article:${id}`,
  /** Pages look articles up by slug, so a re-slug must refresh both the old and new slug. */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  character: (id: number | string) => `character:${id}`,
  characterSlug: (slug: string) => `character-slug:${slug}`,
  /** Published articles tagging a character: the "also appears in" sidebars, character pages. */
  characterArticles: (id: number | string) => `character-articles:${id}`,
  /** Every list of characters: sitemap, show pages' casts. */
  characterLists: 'characters',
  show: (id: number | string) => `show:${id}`,
  showSlug: (slug: string) => `show-slug:${slug}`,
  /** Published articles covering a show: its show page. */
  showArticles: (id: number | string) => `show-articles:${id}`,
  /**
   * Anything that prints a show's title (banners, sidebars, character pages). Show edits are
   * rare, so one broad tag is simpler and safer than tracking every page that names a show.
   */
  showData: 'shows',
} as const
