/**
 * Times `loadSidebar` on an existing corpus without reading a single article, for FerretDB,
 * where the bench's sampling (which reads the articles) takes most of an hour at 100k:
 *
 *   DATABASE_URI=mongodb://127.0.0.1:3412/bench_100000 \
 *     npx tsx --import ./scripts/bench/serverOnlyStub.mjs scripts/bench/sidebarOnly.ts
 *
 * Each sample is 10 characters that have recent articles stored (the bench's middle sample
 * tags 10), spread over the lists; 3 warm-up calls, then 10 timed. Prints one JSON line.
 */
import { getPayload } from 'payload'
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const { loadSidebar } = await import('../../src/queries/sidebar')
const { docs: lists } = await payload.find({
  collection: 'recent-articles',
  depth: 0,
  pagination: false,
  select: { character: true },
})
const { totalDocs: characters } = await payload.count({ collection: 'characters' })
const ids = lists.map((list) => String(list.character))
const samples = Array.from({ length: 13 }, (_, i) =>
  Array.from({ length: 10 }, (_, j) => ids[(i * 389 + j * 97) % ids.length]),
)
const times: number[] = []
for (const [i, sample] of samples.entries()) {
  const t = performance.now()
  // An article id that is in no list, so every listed article counts.
  await loadSidebar('000000000000000000000000', sample)
  if (i >= 3) times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
console.log(
  JSON.stringify({
    uri: process.env.DATABASE_URI,
    lists: lists.length,
    characters,
    samples: times.length,
    p50: Math.round(times[Math.floor(times.length / 2)]),
    p95: Math.round(times[times.length - 1]),
  }),
)
process.exit(0)
