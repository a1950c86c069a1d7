/**
 * Sidebar time is `loadSidebar` from src/queries/sidebar.ts (the uncached read, the same code
 * the page runs inside `unstable_cache`), timed per call, beside the uncached article read.
 * The query plans are taken from the statements one `loadSidebar` call actually sends.
 */
import type { Payload } from 'payload'

import { installCapture } from './captureQueries'
import { mongoPlans, sqlitePlans } from './queryPlans'
import type { Pick } from './sampleArticles'

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const round = (value: number) => Math.round(value * 100) / 100

/** Times the sidebar (and the article read) for `picks`; returns the figures to report. */
export const timeSidebar = async (payload: Payload, picks: Pick[], totalDocs: number) => {
  const result: Record<string, unknown> = {}
  const capture = installCapture(payload)
  const { loadSidebar } = await import('../../src/queries/sidebar')

  // Warm up (connection, prepared schema, data loader code paths), then time.
  for (const pick of picks.slice(0, 3)) await loadSidebar(pick.id, pick.characters)
  const sidebarMs: number[] = []
  const articleMs: number[] = []
  // On FerretDB's SQLite backend a read by slug scans every article body (~45 s at 1k), so
  // it is timed for three samples at 1k only; the sidebar never reads articles.
  const articleReads = payload.db.name !== 'mongoose' ? picks.length : totalDocs <= 1_000 ? 3 : 0
  for (const [index, pick] of picks.entries()) {
    let started = performance.now()
    if (index < articleReads) {
      // The uncached article read of src/queries/articles.ts (findArticleBySlug, not exported).
      await payload.find({
        collection: 'articles',
        overrideAccess: false,
        where: { and: [{ slug: { equals: pick.slug } }, { _status: { equals: 'published' } }] },
        limit: 1,
        depth: 2,
      })
      articleMs.push(performance.now() - started)
    }
    started = performance.now()
    await loadSidebar(pick.id, pick.characters)
    sidebarMs.push(performance.now() - started)
  }
  result.sidebar = {
    samples: sidebarMs.length,
    p50: round(percentile(sidebarMs, 50)),
    p95: round(percentile(sidebarMs, 95)),
    mean: round(sidebarMs.reduce((a, b) => a + b, 0) / Math.max(1, sidebarMs.length)),
  }
  result.articleRead = {
    p50: round(percentile(articleMs, 50)),
    p95: round(percentile(articleMs, 95)),
  }

  // One captured call for the query count and the plans.
  const middle = picks[Math.floor(picks.length / 2)]
  if (middle) {
    capture.captured = []
    capture.count = 0
    capture.capturing = true
    await loadSidebar(middle.id, middle.characters)
    capture.capturing = false
    result.sidebarQueries = capture.count
    result.sidebarCharacters = middle.characters.length
    result.plans =
      payload.db.name === 'mongoose'
        ? await mongoPlans(payload, capture.captured)
        : await sqlitePlans(payload, capture.captured)
  }
  return result
}
