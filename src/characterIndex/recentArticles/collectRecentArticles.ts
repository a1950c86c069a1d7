import { newerFirst, RECENT_ARTICLES_KEPT, type RecentArticle } from './entry'

/**
 * The full algorithm: every character's recent articles, collected from published articles
 * seen in any order. What a rebuild compares the stored ones with.
 */
export const collectRecentArticles = () => {
  const byCharacter = new Map<string, RecentArticle[]>()
  return {
    add(entry: RecentArticle, characterIds: Array<number | string>) {
      for (const characterId of characterIds) {
        const key = String(characterId)
        const recent = [...(byCharacter.get(key) ?? []), entry].sort(newerFirst)
        byCharacter.set(key, recent.slice(0, RECENT_ARTICLES_KEPT))
      }
    },
    byCharacter: (): ReadonlyMap<string, RecentArticle[]> => byCharacter,
  }
}
