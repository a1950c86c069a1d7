import 'server-only'

import { unstable_cache } from 'next/cache'

import type { Article, Character } from '@/payload-types'

import { TAGS } from './cacheTags'
import { payloadClient } from './payloadClient'

const CHARACTER_PAGE_ARTICLES = 20

export type CharacterArticle = Pick<
  Article,
  'id' | 'title' | 'slug' | 'dek' | 'publishedAt' | 'spoilerWarnings'
>

/** One character with its shows (titles populated) and portrait. Readers' access applies. */
export const getCharacterBySlug = (slug: string): Promise<Character | null> =>
  unstable_cache(
    async () => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'characters',
        overrideAccess: false,
        where: { slug: { equals: slug } },
        // Payload 3.90 on SQLite drops hasMany numbers nested in an array (appearances.seasons)
        // from any `select`, so this reads the whole document and skips the join instead.
        joins: false,
        depth: 1,
        limit: 1,
        pagination: false,
      })
      return docs[0] ?? null
    },
    ['character-by-slug', slug],
    { tags: [TAGS.characterSlug(slug), TAGS.showData] },
  )()

/** Published articles tagging a character, newest first: one indexed query. */
export const getArticlesTaggingCharacter = (
  characterId: number | string,
): Promise<CharacterArticle[]> =>
  unstable_cache(
    async () => {
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'articles',
        overrideAccess: false,
        where: {
          and: [{ _status: { equals: 'published' } }, { characters: { in: [characterId] } }],
        },
        select: { title: true, slug: true, dek: true, publishedAt: true, spoilerWarnings: true },
        populate: { shows: { title: true } },
        sort: '-publishedAt',
        depth: 1,
        limit: CHARACTER_PAGE_ARTICLES,
        pagination: false,
      })
      return docs as CharacterArticle[]
    },
    ['articles-tagging-character', String(characterId)],
    { tags: [TAGS.characterArticles(characterId), TAGS.showData] },
  )()

/** Every character slug, for static generation and the sitemap. */
export const getCharacterSlugs = unstable_cache(
  async (): Promise<Array<{ slug: string; updatedAt: string }>> => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'characters',
      overrideAccess: false,
      select: { slug: true, updatedAt: true },
      depth: 0,
      pagination: false,
    })
    return docs
      .filter((doc) => doc.slug)
      .map((doc) => ({ slug: doc.slug!, updatedAt: doc.updatedAt }))
  },
  ['character-slugs'],
  { tags: [TAGS.characterLists] },
)
