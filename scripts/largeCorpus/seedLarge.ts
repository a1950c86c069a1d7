import type { Payload } from 'payload'

import { rebuildCharacterIndex } from '../../src/characterIndex'
import {
  type CharacterRef,
  generateArticle,
  type GeneratedArticle,
  LAST,
  SHOW_WORDS,
} from './content'
import { seedMongo } from './mongo'
import { type LibsqlClient, seedSqliteArticles, seedSqliteCharacters } from './sqlite'

export type SeedLargeOptions = { articles: number; characters: number; shows: number }

type Id = number | string

const ARTICLE_CHUNK = { mongoose: 1_000, sqlite: 500 }

/**
 * Writes the synthetic corpus: shows through the Local API (they are few), characters and
 * articles through the bulk path of the adapter, then the character index's rebuild of the
 * characters' recent articles (the bulk path skips the articles' hooks). Returns the run id,
 * the time each step took and the first and last article slugs.
 */
export const seedLarge = async (payload: Payload, options: SeedLargeOptions) => {
  const runId = Date.now().toString(36)
  const timings: Record<string, number> = {}
  let mark = performance.now()
  const lap = (name: string) => {
    const now = performance.now()
    timings[name] = Math.round(now - mark)
    mark = now
  }

  const showIds: Id[] = []
  for (let i = 0; i < options.shows; i += 1) {
    const show = await payload.create({
      collection: 'shows',
      data: {
        title: `${SHOW_WORDS[i % SHOW_WORDS.length]} ${LAST[i % LAST.length]} ${runId}-${i}`,
        slug: `${runId}-s${i}`,
      },
      context: { disableRevalidate: true },
    })
    showIds.push(show.id)
  }
  lap('shows (Local API)')

  // Five years of coverage, oldest first, ending now.
  const spanMs = Math.floor((5 * 365 * 24 * 3600 * 1000) / Math.max(1, options.articles))
  const startMs = Date.now() - options.articles * spanMs
  const generate = (characters: CharacterRef[], from: number, to: number) => {
    const out: GeneratedArticle[] = []
    for (let index = from; index < to; index += 1) {
      out.push(generateArticle({ index, runId, characters, showIds, startMs, spanMs }))
    }
    return out
  }

  if (payload.db.name === 'mongoose') {
    await seedMongo(payload, {
      characterCount: options.characters,
      articleCount: options.articles,
      runId,
      showIds,
      generate,
      chunkSize: ARTICLE_CHUNK.mongoose,
    })
    lap('characters + articles + versions (insertMany)')
  } else {
    const client = (payload.db as unknown as { client: LibsqlClient }).client
    const characters = await seedSqliteCharacters(client, {
      count: options.characters,
      runId,
      showIds,
    })
    lap('characters (bulk INSERT)')
    await seedSqliteArticles(client, {
      generate: (from, to) => generate(characters, from, to),
      total: options.articles,
      chunkSize: ARTICLE_CHUNK.sqlite,
    })
    lap('articles + rels + versions (bulk INSERT)')
  }

  // The articles' `characters` were written as `deriveCharacters` would; what the hooks would
  // have derived from them next is the characters' recent articles (the sidebar's source).
  await rebuildCharacterIndex(payload, { steps: ['recentArticles'], isBulkImport: true })
  lap('recent articles (character index rebuild)')

  if (payload.db.name !== 'mongoose') {
    await (payload.db as unknown as { client: LibsqlClient }).client.execute('ANALYZE')
    lap('ANALYZE')
  }
  return {
    runId,
    timings,
    firstSlug: `large-${runId}-0`,
    lastSlug: `large-${runId}-${options.articles - 1}`,
  }
}
