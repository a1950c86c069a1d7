/**
 * The bench's one table: every figure beside its goal, then the query plans of one
 * `loadSidebar` call on the largest corpus of each database.
 */

import { saveRows } from './saves.mjs'
import { r1 } from './stats.mjs'

const nm = (reason) => `not measured (${reason})`
const byNumber = (group) =>
  Object.keys(group)
    .map(Number)
    .sort((a, b) => a - b)

const loadFigure = (run) =>
  run
    ? `${run.requestsPerSecond} req/s (${run.min}–${run.max}), p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.cpuMsPerRequest} ms CPU/req; load ${run.rounds.map((r) => r.loadAverage).join(', ')}`
    : nm('no run')

const publishFigure = (p) =>
  p
    ? p.worstMs == null
      ? 'not visible within 10 s'
      : `${p.worstMs} ms worst of ${p.runs.length} (API ${p.runs.map((r) => r.apiMs).join(', ')} ms)`
    : nm('no run')

const sidebarRows = (row, label, group) => {
  for (const size of Object.keys(group)) {
    const s = group[size].sidebar
    row(
      `Sidebar (loadSidebar), ${label}, ${size}`,
      `p50 ${s.p50} ms, p95 ${s.p95} ms, ${group[size].sidebarQueries} queries`,
    )
  }
  const keys = byNumber(group)
  if (keys.length > 1) {
    const small = group[keys[0]].sidebar.p50
    const large = group[keys.at(-1)].sidebar.p50
    row(
      `Sidebar p50 ratio ${label} ${keys.at(-1)}/${keys[0]}`,
      String(r1((large / small) * 100) / 100),
      keys.at(-1) === 100000 ? '≤ 2.0' : '(goal is at 100k)',
    )
  } else {
    row(
      `Sidebar ratio ${label} 100k/1k`,
      nm(keys.length ? 'only one corpus size in this run' : 'no corpus'),
      '≤ 2.0',
    )
  }
}

/** The rows [figure, measured, goal] of `results`. */
export const tableRows = (results, sizes) => {
  const rows = []
  const row = (figure, value, goal = '') => rows.push([figure, value, goal])
  const c = results.web.cachedPage
  row('Cached article page, next start (wrk)', loadFigure(c?.next))
  row('Same bytes, bare node:http (wrk)', loadFigure(c?.bare))
  row('Same page through the edge, Varnish (wrk)', loadFigure(c?.edge))
  row('Ratio next / bare', c ? String(c.ratio) : '', '≥ 0.25')
  row('Ratio edge / bare', c ? String(c.edgeRatio) : '', '≥ 0.9')
  for (const size of sizes) {
    const u = results.web.uncachedRender?.[size]
    row(
      `Uncached article render (first request), ${size}`,
      u ? `p50 ${u.p50} ms, p95 ${u.p95} ms (n=${u.samples})` : nm('no run'),
      size === 100000 ? 'p95 < 100 ms' : '',
    )
  }
  sidebarRows(row, 'SQLite', results.sqlite)
  sidebarRows(row, 'FerretDB', results.mongo)
  row(
    'Publish to visible (home, article sidebar, character page)',
    publishFigure(results.web.publishToVisible),
    '< 1000 ms',
  )
  row(
    'Publish to visible, the same pages on instance B and through the edge',
    publishFigure(results.web.publishToVisibleEdge),
    '< 1000 ms',
  )
  saveRows(results.web, row, nm)
  const l = results.web.lighthouse
  row(
    'Lighthouse mobile performance, CLS',
    l
      ? `${l.performance}, CLS ${l.cls} (LCP ${l.lcpMs} ms, TBT ${l.tbtMs} ms)`
      : nm(results.notMeasured.lighthouse ?? 'no run'),
    '≥ 95, CLS 0',
  )
  for (const [key, reason] of Object.entries(results.notMeasured))
    if (key !== 'lighthouse') row(key, nm(reason))
  return rows
}

/** Prints the header, the rows as a Markdown table, and the query plans. */
export const printTable = (results, rows) => {
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 6))
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(width[i])).join(' | ')} |`
  console.log(
    `\nBenchmark ${results.mode} · ${results.date} · ${results.commit} · ${results.machine}`,
  )
  console.log(
    `load average at start: ${results.loadavgAtStart.join(' ')} (shared machine: figures are noisy)\n`,
  )
  console.log(line(['Figure', 'Measured', 'Goal']))
  console.log(line(width.map((w) => '-'.repeat(w))))
  for (const r of rows) console.log(line(r))
  console.log('\nQuery plans (one loadSidebar call):')
  for (const [label, group] of [
    ['SQLite', results.sqlite],
    ['FerretDB', results.mongo],
  ]) {
    const largest = byNumber(group).at(-1)
    if (!largest) continue
    console.log(`  ${label}, ${largest} articles:`)
    for (const plan of group[largest].plans ?? []) {
      console.log(`    ${plan.query}`)
      for (const step of plan.plan) console.log(`      ${step}`)
    }
  }
}
