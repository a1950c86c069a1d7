/**
 * The data-layer half of `npm run bench`, run once per database by scripts/bench/corpora.mjs
 * (DATABASE_URI says which). Prints one JSON object on the last line of stdout.
 *
 *   --seed N          first write N articles with seed:large's bulk path (for a fresh DB)
 *   --samples K       articles sampled for the sidebar timings
 *   --fixtures        create the bench admin and a 10,000-word article for the REST figures
 *
 * Sidebar timings and query plans: sidebarTimings.ts.
 */
import { getPayload } from 'payload'

import { createFixtures } from './benchFixtures'
import { sampleArticles } from './sampleArticles'
import { timeSidebar } from './sidebarTimings'

const arg = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}
const hasFlag = (name: string) => process.argv.includes(`--${name}`)

const main = async () => {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  const result: Record<string, unknown> = { adapter: payload.db.name }

  const seedCount = Number(arg('seed') ?? 0)
  if (seedCount > 0) {
    const { seedLarge } = await import('../seedLarge')
    const started = performance.now()
    const seeded = await seedLarge(payload, { articles: seedCount, characters: 5_000, shows: 40 })
    result.seedMs = Math.round(performance.now() - started)
    result.seedTimings = seeded.timings
  }

  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: false })
  result.articles = totalDocs
  const picks = await sampleArticles(payload, Math.min(Number(arg('samples') ?? 30), totalDocs))
  result.sampleSlugs = picks.map((pick) => pick.slug)

  Object.assign(result, await timeSidebar(payload, picks, totalDocs))

  if (hasFlag('fixtures')) result.fixtures = await createFixtures(payload, picks)

  // Exit only once the line is written: on Node 24 a pipe is flushed asynchronously, and
  // process.exit() right after console.log cut the ~1 MB line (the fixtures' bodies) short.
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))
}

await main()
