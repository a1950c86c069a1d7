import 'server-only'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { TAGS } from '@/cache/cacheTags'
import type { Character } from '@/payload-types'

import {
  type ArticleListing,
  findIndexPage,
  findOneBySlug,
  findPublishedArticles,
  findSlugs,
  type IndexPage,
} from './listings'

const CHARACTER_PAGE_ARTICLES = 20

/**
 * One character with its shows (titles populated) and portrait. Readers' access applies. Read
 * once per request, though the page and its metadata both ask.
 */
export const getCharacterBySlug = cache((slug: string): Promise<Character | null> =>
  findOneBySlug({
    collection: 'characters',
    slug,
    tags: [TAGS.characterSlug(slug), TAGS.showData],
    // The whole document: the page shows nearly every field. (Payload 3.90 on SQLite drops
    // appearances.seasons from `appearances: true`; a nested select keeps them, see
    // sidebar.ts.) The articles join is skipped: the page reads those from the articles.
    joins: false,
  }),
)

/** Published articles tagging a character, newest first: one indexed query. */
export const getArticlesTaggingCharacter = (
  characterId: number | string,
): Promise<ArticleListing[]> =>
  unstable_cache(
    () => findPublishedArticles({ characters: { in: [characterId] } }, CHARACTER_PAGE_ARTICLES),
    ['articles-tagging-character', String(characterId)],
    { tags: [TAGS.characterArticles(characterId), TAGS.showData] },
  )()

/** Every character slug, for static generation and the sitemap. */
export const getCharacterSlugs = unstable_cache(
  () => findSlugs('characters'),
  ['character-slugs'],
  {
    tags: [TAGS.characterLists],
  },
)

/** A character as the /characters index lists it. */
export type CharacterIndexEntry = Pick<
  Character,
  'id' | 'name' | 'slug' | 'aliases' | 'portrayedBy' | 'portrait'
>

/** One page of every character, by name, for /characters; null past the last page. */
export const getCharacterIndex = (page: number): Promise<IndexPage<CharacterIndexEntry> | null> =>
  findIndexPage({
    collection: 'characters',
    page,
    select: { name: true, slug: true, aliases: true, portrayedBy: true, portrait: true },
    sort: 'name',
    // A character created, renamed or deleted changes the list (the hooks expire this tag).
    tags: [TAGS.characterLists],
  })
