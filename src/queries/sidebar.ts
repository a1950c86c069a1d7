import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'

import { TAGS } from '@/cache/cacheTags'
import { RECENT_ARTICLES_KEPT, type RecentArticle } from '@/characterIndex'
import type { Character, Media, Show } from '@/payload-types'
import type { DocumentId as Id } from '@/utilities/documentId'

import { payloadClient } from './payloadClient'

/** Other articles listed per character. */
export const SIDEBAR_ARTICLES_PER_CHARACTER = RECENT_ARTICLES_KEPT - 1

type ShowLink = Pick<Show, 'id' | 'title' | 'slug'>

export type SidebarArticle = {
  id: string
  title: string
  slug: string
  publishedAt: string | null
  spoilerWarnings: Array<{ show: ShowLink | Id; season?: number | null; episode?: number | null }>
}

export type SidebarEntry = {
  character: Pick<Character, 'id' | 'name' | 'slug'> & { portrait: Media | null }
  appearances: Array<{ show: ShowLink; seasons: number[] }>
  articles: SidebarArticle[]
}

/**
 * Titles for shows the articles' spoiler warnings name that the characters' appearances did
 * not already bring: usually none, so usually no query.
 */
const loadWarningShows = async (
  payload: Payload,
  known: Map<string, ShowLink>,
  articles: RecentArticle[],
) => {
  const missing = [
    ...new Set(articles.flatMap((a) => (a.spoilerWarnings ?? []).map((w) => String(w.show)))),
  ].filter((id) => !known.has(id))
  if (missing.length === 0) return known
  const { docs } = await payload.find({
    collection: 'shows',
    overrideAccess: false,
    where: { id: { in: missing } },
    select: { title: true, slug: true },
    depth: 0,
    pagination: false,
  })
  for (const show of docs) known.set(String(show.id), show)
  return known
}

/**
 * The uncached sidebar read, exported for the integration tests and the benchmark. Two reads
 * side by side: the tagged characters (shows and seasons), and their recent articles (kept
 * by the character index, `src/characterIndex/`), so its cost does not depend on how many
 * articles exist. Portraits and show titles come from
 * Payload's batched population.
 */
export const loadSidebar = async (articleId: Id, characterIds: Id[]): Promise<SidebarEntry[]> => {
  if (characterIds.length === 0) return []
  const payload = await payloadClient()
  const [{ docs: characters }, { docs: stored }] = await Promise.all([
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
      joins: false,
      pagination: false,
    }),
    payload.find({
      collection: 'recent-articles',
      overrideAccess: false,
      where: { character: { in: characterIds } },
      depth: 0,
      pagination: false,
    }),
  ])
  const recent = new Map(
    stored.map((doc) => [String(doc.character), (doc.articles ?? []) as RecentArticle[]]),
  )

  const byId = new Map(characters.map((doc) => [String(doc.id), doc]))
  const shows = new Map<string, ShowLink>()
  for (const character of characters) {
    for (const { show } of character.appearances ?? []) {
      if (typeof show === 'object' && show !== null) shows.set(String(show.id), show)
    }
  }
  const others = (character: Pick<Character, 'id'>): RecentArticle[] =>
    (recent.get(String(character.id)) ?? [])
      .filter((article) => article.articleId !== String(articleId))
      .slice(0, SIDEBAR_ARTICLES_PER_CHARACTER)
  await loadWarningShows(payload, shows, characters.flatMap(others))

  return characterIds.flatMap((id): SidebarEntry[] => {
    const character = byId.get(String(id))
    if (!character?.slug) return []
    const appearances = (character.appearances ?? [])
      .filter((appearance) => typeof appearance.show === 'object' && appearance.show !== null)
      .map((appearance) => ({
        show: appearance.show as ShowLink,
        seasons: [...(appearance.seasons ?? [])].sort((a, b) => a - b),
      }))
    const articles = others(character).map(({ articleId: articleKey, ...article }) => ({
      ...article,
      id: articleKey,
      spoilerWarnings: (article.spoilerWarnings ?? []).map((warning) => ({
        ...warning,
        show: shows.get(String(warning.show)) ?? warning.show,
      })),
    }))
    // A character with nothing else to show is left out.
    if (appearances.length === 0 && articles.length === 0) return []
    return [
      {
        character: {
          id: character.id,
          name: character.name,
          slug: character.slug,
          portrait: typeof character.portrait === 'object' ? (character.portrait ?? null) : null,
        },
        appearances,
        articles,
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
