/** Uncached article renders: first requests to pages nobody has asked for yet. */
import { sqliteFile } from './corpora.mjs'
import { stopChild } from './children.mjs'
import { get, startNext } from './nextServer.mjs'
import { percentile, r1 } from './stats.mjs'

/** First requests to `slugs`: a cache miss all the way down. */
export const uncachedRenders = async (slugs) => {
  const times = []
  for (const slug of slugs) {
    const response = await get(`/articles/${slug}`)
    if (response.status === 200) times.push(response.ms)
  }
  return { samples: times.length, p50: r1(percentile(times, 50)), p95: r1(percentile(times, 95)) }
}

/** The same on every corpus after the first (served by the web figures), each on its own server. */
export const measureLargerCorpora = async ({ options, results }) => {
  for (const size of options.sizes.slice(1)) {
    const child = await startNext(sqliteFile(size))
    try {
      await get('/')
      // Load the article route once on an article outside the sample: its code is compiled
      // once per server start, not once per cache miss.
      const [warmSlug, ...sampled] = results.sqlite[size].sampleSlugs
      await get(`/articles/${warmSlug}`)
      results.web.uncachedRender[size] = await uncachedRenders(sampled)
    } finally {
      await stopChild(child)
    }
  }
}
