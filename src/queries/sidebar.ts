import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload, Where } from 'payload'

import type { Article, Character, Media, Show } from '@/payload-types'

import { TAGS } from './cacheTags'
import { payloadClient } from './payloadClient'

/** Other articles listed per character. */
export const SIDEBAR_ARTICLES_PER_CHARACTER = 5
/** Rounds of the article query; see `loadOtherArticles`. */
const MAX_ARTICLE_ROUNDS = 3

type Id = number | string

export type SidebarArticle = Pick<
  Article,
  'id' | 'title' | 'slug' | 'publishedAt' | 'spoilerWarnings'
>

export type SidebarEntry = {
  character: Pick<Character, 'id' | 'name' | 'slug'> & { portrait: Media | null }
  appearances: Array<{ show: Pick<Show, 'id' | 'title' | 'slug'>; seasons: number[] }>
  articles: SidebarArticle[]
}

const idOf = (value: Id | { id: Id }): string =>
  String(typeof value === 'object' ? value.id : value)

/**
 * Up to five newest published articles per character, other than the current one, in a
 * bounded number of indexed queries (at most MAX_ARTICLE_ROUNDS, whatever the number of
 * characters). Each round asks for the newest articles tagging any character still short of
 * five; a character crowded out by a prolific one is topped up in the next round from
 * articles older than the last one seen.
 */
const loadOtherArticles = async (payload: Payload, articleId: Id, characterIds: Id[]) => {
  const byCharacter = new Map<string, SidebarArticle[]>(characterIds.map((id) => [String(id), []]))
  const seen = new Set<string>([String(articleId)])
  let pending = characterIds
  let olderThan: string | undefined

  for (let round = 0; round < MAX_ARTICLE_ROUNDS && pending.length > 0; round += 1) {
    const limit = SIDEBAR_ARTICLES_PER_CHARACTER * pending.length
    const conditions: Where[] = [
      { _status: { equals: 'published' } },
      { characters: { in: pending } },
      { id: { not_equals: articleId } },
    ]
    if (olderThan) conditions.push({ publishedAt: { less_than_equal: olderThan } })
    const { docs } = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      where: { and: conditions },
      select: {
        title: true,
        slug: true,
        publishedAt: true,
        characters: true,
        spoilerWarnings: true,
      },
      populate: { shows: { title: true, slug: true } },
      sort: '-publishedAt',
      depth: 1,
      limit,
      pagination: false,
    })
    const pendingKeys = new Set(pending.map(String))
    for (const doc of docs) {
      if (seen.has(String(doc.id))) continue
      seen.add(String(doc.id))
      const { characters, ...article } = doc
      for (const tagged of characters ?? []) {
        const list = byCharacter.get(idOf(tagged))
        if (list && pendingKeys.has(idOf(tagged)) && list.length < SIDEBAR_ARTICLES_PER_CHARACTER) {
          list.push(article as SidebarArticle)
        }
      }
    }
    if (docs.length < limit) break
    olderThan = docs.at(-1)?.publishedAt ?? undefined
    pending = pending.filter(
      (id) => (byCharacter.get(String(id))?.length ?? 0) < SIDEBAR_ARTICLES_PER_CHARACTER,
    )
  }
  return byCharacter
}

/** The uncached sidebar read; exported for the integration tests. */
export const loadSidebar = async (articleId: Id, characterIds: Id[]): Promise<SidebarEntry[]> => {
  if (characterIds.length === 0) return []
  const payload = await payloadClient()
  const [characters, articles] = await Promise.all([
    payload.find({
      collection: 'characters',
      overrideAccess: false,
      where: { id: { in: characterIds } },
      // Nested select: Payload 3.90 on SQLite drops appearances.seasons from `appearances: true`.
      select: {
        name: true,
        slug: true,
        portrait: true,
        appearances: { show: true, seasons: true },
      },
      populate: { shows: { title: true, slug: true } },
      depth: 1,
      pagination: false,
    }),
    loadOtherArticles(payload, articleId, characterIds),
  ])
  const byId = new Map(characters.docs.map((doc) => [String(doc.id), doc]))
  return characterIds.flatMap((id): SidebarEntry[] => {
    const character = byId.get(String(id))
    if (!character?.slug) return []
    const appearances = (character.appearances ?? [])
      .filter((appearance) => typeof appearance.show === 'object' && appearance.show !== null)
      .map((appearance) => ({
        show: appearance.show as Show,
        seasons: [...(appearance.seasons ?? [])].sort((a, b) => a - b),
      }))
    const others = articles.get(String(id)) ?? []
    // A character with nothing else to show is left out.
    if (appearances.length === 0 && others.length === 0) return []
    return [
      {
        character: {
          id: character.id,
          name: character.name,
          slug: character.slug,
          portrait: typeof character.portrait === 'object' ? (character.portrait ?? null) : null,
        },
        appearances,
        articles: others,
      },
    ]
  })
}

/**
 * The "also appears in" sidebar for an article: for each tagged character, in order of
 * first tag, the shows and seasons they appear in and other published articles tagging
 * them. Cached under each character's tags, so publishing an article that tags one of them,
 * or editing one of them, refreshes every sidebar that lists it.
 */
export const getAlsoAppearsIn = (articleId: Id, characterIds: Id[]): Promise<SidebarEntry[]> =>
  unstable_cache(
    () => loadSidebar(articleId, characterIds),
    ['also-appears-in', String(articleId), ...characterIds.map(String)],
    {
      tags: [
        ...characterIds.map((id) => TAGS.character(id)),
        ...characterIds.map((id) => TAGS.characterArticles(id)),
        TAGS.showData,
      ],
    },
  )()
