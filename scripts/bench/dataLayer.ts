/**
 * The data-layer half of `npm run bench`, run once per database by scripts/bench/run.mjs
 * (DATABASE_URI says which). Prints one JSON object on the last line of stdout.
 *
 *   --seed N          first write N articles with seed:large's bulk path (for a fresh DB)
 *   --samples K       articles sampled for the sidebar timings
 *   --fixtures        create the bench admin and a 10,000-word article for the REST figures
 *
 * Sidebar time is `loadSidebar` from src/queries/sidebar.ts (the uncached read, the same code
 * the page runs inside `unstable_cache`), timed per call. The query plans are taken from the
 * statements that one `loadSidebar` call actually sends: `EXPLAIN QUERY PLAN` on SQLite,
 * `explain()` on MongoDB.
 */
import { getPayload, type Payload } from 'payload'

import { longTaggedBody, tenThousandWordBody } from './articleBodies'

const arg = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 ? process.argv[index + 1] : undefined
}
const hasFlag = (name: string) => process.argv.includes(`--${name}`)

export const BENCH_ADMIN = { email: 'bench-admin@example.com', password: 'bench-password-123' }

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const round = (value: number) => Math.round(value * 100) / 100

type Captured = {
  sql?: string
  args?: unknown[]
  collection?: string
  method?: string
  call?: unknown[]
}

/** Records the statements the adapter sends while `capturing` is on. */
const installCapture = (payload: Payload) => {
  const state = { capturing: false, captured: [] as Captured[], count: 0 }
  if (payload.db.name === 'mongoose') {
    const mongoose = (
      payload.db as unknown as { connection: { base: { set: (k: string, v: unknown) => void } } }
    ).connection.base
    mongoose.set('debug', (collection: string, method: string, ...call: unknown[]) => {
      if (!state.capturing) return
      state.count += 1
      state.captured.push({ collection, method, call })
    })
  } else {
    const client = (
      payload.db as unknown as { client: Record<string, (...a: unknown[]) => unknown> }
    ).client
    for (const method of ['execute', 'batch'] as const) {
      const original = client[method].bind(client)
      client[method] = (...args: unknown[]) => {
        if (state.capturing) {
          state.count += 1
          const stmt = args[0] as { sql: string; args: unknown[] } | string
          if (typeof stmt === 'string') state.captured.push({ sql: stmt, args: [] })
          else if (!Array.isArray(stmt)) state.captured.push({ sql: stmt.sql, args: stmt.args })
        }
        return original(...args)
      }
    }
  }
  return state
}

const sqlitePlans = async (payload: Payload, statements: Captured[]) => {
  const client = (
    payload.db as unknown as {
      client: { execute: (s: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }> }
    }
  ).client
  const plans: Array<{ query: string; plan: string[] }> = []
  for (const statement of statements) {
    if (!statement.sql || !/^\s*select/i.test(statement.sql)) continue
    const { rows } = await client.execute({
      sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
      args: statement.args ?? [],
    })
    plans.push({
      query: statement.sql.replace(/\s+/g, ' ').slice(0, 160),
      plan: rows.map((row) => String((row as Record<string, unknown>).detail)),
    })
  }
  return plans
}

/* eslint-disable @typescript-eslint/no-explicit-any -- explain() output differs per server */
const mongoPlans = async (payload: Payload, calls: Captured[]) => {
  const db = (
    payload.db as unknown as {
      connection: { db: { collection: (name: string) => any } }
    }
  ).connection.db
  const plans: Array<{ query: string; plan: string[] }> = []
  for (const call of calls) {
    if (call.method !== 'find' || !call.collection) continue
    const [filter, options] = (call.call ?? []) as [Record<string, unknown>, Record<string, any>]
    const cursor = db.collection(call.collection).find(filter, {
      sort: options?.sort,
      limit: options?.limit,
      projection: options?.projection,
    })
    let explained: any
    try {
      explained = await cursor.explain()
    } catch (error) {
      explained = { error: String(error) }
    }
    const planner = explained?.queryPlanner ?? {}
    const winning = planner.winningPlan ?? {}
    const describe = (stage: any): string[] =>
      stage
        ? [
            `${stage.stage ?? stage.Stage ?? '?'}${stage.indexName ? ` index=${stage.indexName}` : ''}`,
            ...describe(stage.inputStage),
          ]
        : []
    plans.push({
      query: `${call.collection}.find(${JSON.stringify(filter).slice(0, 140)}) sort=${JSON.stringify(options?.sort ?? {})}`,
      plan: [
        ...describe(winning),
        ...(explained?.pushdown !== undefined
          ? [`pushdown=${JSON.stringify(explained.pushdown)}`]
          : []),
        ...(planner.Plan ? [String(JSON.stringify(planner.Plan)).slice(0, 300)] : []),
        ...(explained?.error ? [explained.error] : []),
        ...(winning.stage || planner.Plan ? [] : [JSON.stringify(explained).slice(0, 400)]),
      ],
    })
  }
  return plans
}

/* eslint-enable @typescript-eslint/no-explicit-any */

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
  const samples = Math.min(Number(arg('samples') ?? 30), totalDocs)

  // Sample articles spread over the whole corpus, each with its tagged characters: every id
  // in one query, then the samples' slugs and characters in a second. (Two reads in all,
  // because a read of the articles is a full scan of their bodies on FerretDB.)
  const { docs: everyId } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    select: {},
    depth: 0,
    sort: 'id',
    pagination: false,
  })
  const pickedIds = Array.from(
    { length: samples },
    (_, i) => everyId[Math.floor(((i + 0.5) / samples) * everyId.length)].id,
  )
  const { docs: picked } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    where: { id: { in: pickedIds } },
    select: { slug: true, characters: true },
    depth: 0,
    pagination: false,
  })
  const byId = new Map(picked.map((doc) => [String(doc.id), doc]))
  const picks = pickedIds.flatMap((id) => {
    const doc = byId.get(String(id))
    if (!doc) return []
    return [
      {
        id: doc.id,
        slug: doc.slug ?? '',
        characters: (doc.characters ?? []).map((c) => (typeof c === 'object' ? c.id : c)),
      },
    ]
  })
  result.sampleSlugs = picks.map((pick) => pick.slug)

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

  if (hasFlag('fixtures')) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: BENCH_ADMIN.email } },
      limit: 1,
    })
    if (existing.docs.length === 0) {
      await payload.create({
        collection: 'users',
        data: { ...BENCH_ADMIN, name: 'Bench Admin', roles: ['admin'] },
      } as Parameters<Payload['create']>[0])
    }
    const characters = picks[0]?.characters.slice(0, 5) ?? []
    const big = await payload.create({
      collection: 'articles',
      data: {
        title: `Ten thousand words ${Date.now()}`,
        dek: 'A long read for the save benchmark.',
        body: tenThousandWordBody(characters),
        _status: 'published',
      },
      context: { disableRevalidate: true },
    } as Parameters<Payload['create']>[0])
    result.fixtures = {
      admin: BENCH_ADMIN,
      bigArticleId: big.id,
      bigArticleBody: tenThousandWordBody(characters),
      // The 20,000-word, 3,000-tag autosave (saves.mjs).
      longTaggedBody: longTaggedBody(characters),
      // Publish-to-visible: a new article tagging the first character of this one will show
      // in this one's sidebar, on that character's page, on the home page.
      target: picks[picks.length - 1],
    }
  }

  console.log(JSON.stringify(result))
  process.exit(0)
}

await main()
