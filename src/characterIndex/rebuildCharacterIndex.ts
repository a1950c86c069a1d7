import type { Payload, PayloadRequest } from 'payload'

import { reindexSearch } from '@/search/reindexSearch'

import { rebuildRecentArticles } from './recentArticles/rebuildRecentArticles'
import { type ReindexChange, reindexCharacters } from './taggedCharacters/reindexCharacters'

/** The derived data, in the order each is computed from the one before. */
export type CharacterIndexStep = 'taggedCharacters' | 'recentArticles' | 'search'

const EVERY_STEP: CharacterIndexStep[] = ['taggedCharacters', 'recentArticles', 'search']

export type CharacterIndexRebuild = {
  /** Article states (document or newest draft) whose `characters` changed. */
  taggedCharacters: ReindexChange[]
  /** Characters whose recent articles were rewritten. */
  recentArticles: number
  /** Search entries written (shows, characters, published articles). */
  searchEntries: number
}

/**
 * Rebuilds everything the character index derives, from the articles' bodies up, like
 * MediaWiki's refreshLinks: each article's `characters` from its tags, then every
 * character's recent articles from those, then the search entries (an article's keywords
 * name the characters it tags and the shows it covers). For `npm run reindex` after imports
 * and bulk edits, `seed:large` and the migrations that introduced a step. Each step writes
 * only what differs, in short transactions (or inside the caller's, `req`).
 *
 * `steps` picks some of them: a migration runs only the step its schema has the columns for.
 * `isBulkImport` says nothing else writes articles meanwhile (see `rebuildRecentArticles`).
 */
export const rebuildCharacterIndex = async (
  payload: Payload,
  {
    req,
    steps = EVERY_STEP,
    isBulkImport = false,
  }: { req?: PayloadRequest; steps?: CharacterIndexStep[]; isBulkImport?: boolean } = {},
): Promise<CharacterIndexRebuild> => {
  const taggedCharacters = steps.includes('taggedCharacters')
    ? await reindexCharacters(payload, req)
    : []
  const recentArticles = steps.includes('recentArticles')
    ? await rebuildRecentArticles(payload, { req, isBulkImport })
    : 0
  const searchEntries = steps.includes('search') ? await reindexSearch(payload, { req }) : 0
  return { taggedCharacters, recentArticles, searchEntries }
}
