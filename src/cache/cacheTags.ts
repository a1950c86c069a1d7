/**
 * Every cache tag the public site uses. The data layer (`src/queries/`) tags what it reads
 * with these; collection hooks expire them on change. Both import this neutral module, and
 * neither imports the other (as vercel/commerce keeps `lib/constants.ts`). Every tag here is
 * read by some query: one that is only ever expired refreshes nothing. The map of which
 * change refreshes which page is in docs/architecture.md.
 */
export const TAGS = {
  /** Every list of published articles: home, feed, sitemap. */
  articleLists: 'articles',
  /** Pages look articles up by slug, so a re-slug must refresh both the old and new slug. */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  character: (id: number | string) => `character:${id}`,
  characterSlug: (slug: string) => `character-slug:${slug}`,
  /** Published articles tagging a character: the "also appears in" sidebars, character pages. */
  characterArticles: (id: number | string) => `character-articles:${id}`,
  /** Every list of characters: sitemap, show pages' casts. */
  characterLists: 'characters',
  showSlug: (slug: string) => `show-slug:${slug}`,
  /** Published articles covering a show: its show page. */
  showArticles: (id: number | string) => `show-articles:${id}`,
  /**
   * Anything that prints a show's title (banners, sidebars, character pages). Show edits are
   * rare, so one broad tag is simpler and safer than tracking every page that names a show.
   */
  showData: 'shows',
} as const
