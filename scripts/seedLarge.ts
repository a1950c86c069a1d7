/**
 * `npm run seed:large -- --articles N [--characters 5000] [--shows 40]`
 *
 * A synthetic corpus for benchmarks (scripts/largeCorpus/), written through a bulk path
 * rather than one Local API create per article: multi-row INSERTs in one transaction per
 * chunk on SQLite (through the adapter's libsql client), `insertMany` on MongoDB. Shows are
 * few and go through the Local API. Every article is published, has a ~800-word Lexical body
 * with 5–15 character tags, a spoiler paragraph and `spoilerWarnings` on about a third of
 * them, `publishedAt` spread over five years, and the derived `characters` field filled with
 * exactly the tagged ids in order of first tag (what `deriveCharacters` would write). Each
 * article gets one version row (latest, published) so the admin shows it like any other. The
 * characters' recent articles are then rebuilt by the character index.
 *
 * Not written: the plugin-search index (`npm run reindex` builds it) and character seasons.
 * Appends to whatever is in the database; slugs carry a run id so runs never collide.
 */
import { getPayload } from 'payload'
import { loadEnv } from 'payload/node'

import { seedLarge, type SeedLargeOptions } from './largeCorpus/seedLarge'

export { seedLarge, type SeedLargeOptions }

const USAGE = `Usage: npm run seed:large -- --articles N [--characters 5000] [--shows 40]

Appends a synthetic corpus of N published articles (bulk-written), the given number of
characters and shows, and the characters' recent articles to the database DATABASE_URI names.`

const argValue = (name: string, fallback?: number): number => {
  const index = process.argv.indexOf(`--${name}`)
  const raw = index >= 0 ? process.argv[index + 1] : undefined
  if (raw === undefined) {
    if (fallback === undefined) throw new Error(`seed:large: --${name} N is required\n\n${USAGE}`)
    return fallback
  }
  const value = Number(raw.replace(/[_,]/g, ''))
  if (!Number.isInteger(value) || value < 0) throw new Error(`seed:large: bad --${name} ${raw}`)
  return value
}

const isMain = process.argv[1]?.endsWith('seedLarge.ts')
if (isMain && (process.argv.includes('--help') || process.argv.includes('-h'))) {
  console.log(USAGE)
  process.exit(0)
}
if (isMain) {
  loadEnv()
  const options: SeedLargeOptions = {
    articles: argValue('articles'),
    characters: argValue('characters', 5_000),
    shows: argValue('shows', 40),
  }
  const { default: config } = await import('../payload.config')
  const started = performance.now()
  const payload = await getPayload({ config })
  const result = await seedLarge(payload, options)
  const total = Math.round(performance.now() - started)

  // Read back as a reader would: the Local API with access control on.
  const check = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    where: { slug: { equals: result.lastSlug } },
    depth: 0,
    limit: 1,
  })
  const doc = check.docs[0]
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: false })
  console.log(
    `seed:large: ${options.articles} articles, ${options.characters} characters, ${options.shows} shows on ${payload.db.name} in ${(total / 1000).toFixed(1)} s`,
  )
  for (const [name, ms] of Object.entries(result.timings)) console.log(`  ${name}: ${ms} ms`)
  console.log(
    `  read back ${result.lastSlug} through the Local API (overrideAccess: false): ${
      doc ? `${doc._status}, ${doc.characters?.length ?? 0} characters` : 'NOT FOUND'
    }; ${totalDocs} published articles readable in total`,
  )
  process.exit(doc ? 0 : 1)
}
