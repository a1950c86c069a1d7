/**
 * The character index: everything derived from the character tags in article bodies.
 *
 *   tag in the body → the article's `characters` (taggedCharacters/)
 *     → each character's recent articles, read by the sidebar (recentArticles/)
 *     → the article's search keywords (searchKeywords/, with plugin-search)
 *     → the cache tags the hooks expire (`@/cache/cacheTags`)
 *
 * One `sync` for an article's change (the plugin's hooks call it), one `rebuild` for
 * everything (`npm run reindex`, `seed:large`, migrations). See docs/architecture.md.
 */
export { characterIndex } from './plugin'
export {
  rebuildCharacterIndex,
  type CharacterIndexRebuild,
  type CharacterIndexStep,
} from './rebuildCharacterIndex'
export { syncCharacterIndex } from './syncCharacterIndex'
export { RECENT_ARTICLES_KEPT, type RecentArticle } from './recentArticles/entry'
export type { ReindexChange } from './taggedCharacters/reindexCharacters'
