#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [--sizes 1000,10000,100000] [--build] [--no-mongo]
 *  [--no-lighthouse] [--duration S] [--rounds N]`
 *
 * Prints one table and writes the same figures as JSON to bench/results/<timestamp>.json.
 * Everything runs on 127.0.0.1, bounded in time and requests; every process started here is
 * stopped by PID. Figures are printed, never asserted. `--quick` is the CI smoke run: 1,000
 * articles, short load runs.
 *
 * `next build` runs only when there is no .next build yet (a clean clone) or with --build;
 * otherwise the existing build is served (in CI, the one `npm test` just made).
 * Work files (databases, the FerretDB data, logs) live in .tmp/bench/.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startEdgeStack } from '../edge/startEdgeStack.mjs'
import { buildFerretDB } from '../lib/mongoTestServer.mjs'
import { loadRounds } from './loadRounds.mjs'
import { publishToVisible } from './publishToVisible.mjs'
import { measureSaves, saveRows } from './saves.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const work = path.join(root, '.tmp/bench')
const resultsDir = path.join(root, 'bench/results')
fs.mkdirSync(work, { recursive: true })
fs.mkdirSync(resultsDir, { recursive: true })

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(`--${name}`)
const option = (name, fallback) => {
  const index = argv.indexOf(`--${name}`)
  return index >= 0 ? argv[index + 1] : fallback
}
const quick = flag('quick')
const sizes = option('sizes', quick ? '1000' : '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
const mongoSizes = option('mongo-sizes', quick ? '1000' : '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0)
const loadSeconds = Number(option('duration', quick ? 3 : 15))
const rounds = Number(option('rounds', quick ? 2 : 3))
const connections = 10
const samples = quick ? 15 : 40
const saves = quick ? 10 : 30
const PORT_NEXT = 3410
const PORT_BARE = 3411
const PORT_FERRET = 3412
const SECRET = 'bench-secret-not-for-production'
const siteUrl = `http://127.0.0.1:${PORT_NEXT}`
const started = Date.now()
const log = (line) =>
  console.error(`[bench +${Math.round((Date.now() - started) / 1000)}s] ${line}`)

/** Every child we start, stopped by PID on the way out. */
const children = new Set()
const stopAll = () => {
  for (const child of children) {
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        child.kill('SIGTERM')
      }
    }
  }
}
process.on('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll()
    process.exit(130)
  })
}
const startChild = (command, args, env, logName) => {
  const out = fs.openSync(path.join(work, logName), 'w')
  const child = spawn(command, args, {
    cwd: root,
    env,
    stdio: ['ignore', out, out],
    detached: true,
  })
  children.add(child)
  return child
}
const stopChild = async (child) => {
  if (!child || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
  await new Promise((resolve) => child.once('exit', resolve))
  children.delete(child)
}

const waitForPort = async (port, child, seconds) => {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`process on ${port} exited (${child.exitCode})`)
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`nothing listened on 127.0.0.1:${port} within ${seconds}s`)
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const r1 = (n) => (n == null || Number.isNaN(n) ? null : Math.round(n * 10) / 10)

const baseEnv = {
  ...process.env,
  PAYLOAD_SECRET: SECRET,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: siteUrl,
  PORT: String(PORT_NEXT),
  MEDIA_DIR: path.join(work, 'media'),
}

/** Runs scripts/bench/dataLayer.ts against one database; returns its JSON. */
const dataLayer = (databaseUri, args, label, timeoutSeconds = 20 * 60) => {
  log(`data layer: ${label}`)
  const result = spawnSync(
    'npx',
    [
      'tsx',
      '--import',
      './scripts/bench/serverOnlyStub.mjs',
      'scripts/bench/dataLayer.ts',
      ...args,
    ],
    {
      cwd: root,
      env: { ...baseEnv, DATABASE_URI: databaseUri },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: timeoutSeconds * 1000,
      killSignal: 'SIGKILL',
    },
  )
  fs.writeFileSync(path.join(work, `datalayer-${label}.log`), `${result.stdout}\n${result.stderr}`)
  if (result.error?.code === 'ETIMEDOUT') throw new Error(`timed out after ${timeoutSeconds} s`)
  const last = result.stdout.trim().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(last)
  } catch {
    throw new Error(
      `data layer ${label} failed (exit ${result.status}); see .tmp/bench/datalayer-${label}.log`,
    )
  }
}

const results = {
  date: new Date().toISOString(),
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.trim(),
  machine: `${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
  loadavgAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
  mode: quick ? 'quick' : 'full',
  sqlite: {},
  mongo: {},
  web: {},
  notMeasured: {},
}

// ---------- 1. corpora and the data layer on SQLite ----------
let served = null
for (const size of sizes) {
  const file = path.join(work, `sqlite-${size}.db`)
  const fresh = quick || !fs.existsSync(file) || flag('fresh')
  if (fresh) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  const isServed = size === sizes[0]
  const data = dataLayer(
    `file:${file}`,
    [
      ...(fresh ? ['--seed', String(size)] : []),
      '--samples',
      String(samples),
      ...(isServed ? ['--fixtures'] : []),
    ],
    `sqlite-${size}`,
  )
  results.sqlite[size] = data
  if (isServed) served = { size, file, data }
}

// ---------- 2. the same on the MongoDB wire protocol (FerretDB) ----------
if (flag('no-mongo') || (quick && !flag('mongo'))) {
  results.notMeasured.mongo = quick
    ? 'FerretDB is left out of --quick (its 1k seed alone takes minutes here); run without --quick or add --mongo'
    : 'skipped with --no-mongo'
} else {
  const ferretdb = process.env.FERRETDB_BIN || buildFerretDB()
  if (!ferretdb) {
    results.notMeasured.mongo = 'no FerretDB binary and no Go toolchain (npm run setup:ferretdb)'
  } else {
    const dir = path.join(work, 'ferretdb')
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    const ferret = startChild(
      ferretdb,
      [
        `--listen-addr=127.0.0.1:${PORT_FERRET}`,
        `--sqlite-url=file:${dir}/`,
        '--telemetry=disable',
      ],
      process.env,
      'ferretdb.log',
    )
    try {
      await waitForPort(PORT_FERRET, ferret, 30)
      for (const size of mongoSizes) {
        try {
          results.mongo[size] = dataLayer(
            `mongodb://127.0.0.1:${PORT_FERRET}/bench_${size}`,
            ['--seed', String(size), '--samples', String(Math.min(samples, 10))],
            `ferretdb-${size}`,
            Number(option('mongo-timeout', 900)),
          )
        } catch (error) {
          results.notMeasured[`mongo-${size}`] = String(error.message)
        }
      }
    } finally {
      await stopChild(ferret)
    }
  }
}

// ---------- 3. next build (once, against an empty database) ----------
const buildId = path.join(root, '.next/BUILD_ID')
if (fs.existsSync(buildId) && !flag('build')) {
  log('reusing the existing .next build (pass --build to rebuild)')
} else {
  log('next build')
  const buildDb = path.join(work, 'build.db')
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(buildDb + suffix, { force: true })
  const t0 = Date.now()
  const build = spawnSync('npx', ['next', 'build', '--webpack'], {
    cwd: root,
    env: { ...baseEnv, DATABASE_URI: `file:${buildDb}`, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 15 * 60 * 1000,
  })
  fs.writeFileSync(path.join(work, 'build.log'), `${build.stdout}\n${build.stderr}`)
  if (build.status !== 0) throw new Error('next build failed; see .tmp/bench/build.log')
  results.buildSeconds = Math.round((Date.now() - t0) / 1000)
}

const startNext = async (dbFile) => {
  const child = startChild(
    'npx',
    ['next', 'start', '-p', String(PORT_NEXT), '-H', '127.0.0.1'],
    { ...baseEnv, DATABASE_URI: `file:${dbFile}`, NODE_ENV: 'production' },
    `next-${path.basename(dbFile)}.log`,
  )
  await waitForPort(PORT_NEXT, child, 90)
  return child
}

const get = async (pathname) => {
  const t0 = performance.now()
  const response = await fetch(`${siteUrl}${pathname}`, { redirect: 'manual' })
  const body = await response.text()
  return { ms: performance.now() - t0, status: response.status, body, headers: response.headers }
}

/** First requests to pages nobody has asked for yet: a cache miss all the way down. */
const uncachedRenders = async (slugs) => {
  const times = []
  for (const slug of slugs) {
    const response = await get(`/articles/${slug}`)
    if (response.status === 200) times.push(response.ms)
  }
  return { samples: times.length, p50: r1(percentile(times, 50)), p95: r1(percentile(times, 95)) }
}

// ---------- 4. the web figures on the first corpus ----------
const next = await startNext(served.file)
try {
  const [targetSlug, ...others] = served.data.sampleSlugs
  const warm = await get('/')
  log(`next start is up (home: ${warm.status})`)

  // b. uncached render, before anything warms the sampled pages. One other article page is
  // rendered first, so the route's code is loaded and compiled: that happens once per server
  // start, not once per cache miss, and would otherwise be the slowest "miss" of the run.
  await get(`/articles/${targetSlug}`)
  results.web.uncachedRender = { [served.size]: await uncachedRenders(others) }

  // a. the cached page: next start, a bare server with the same bytes, and the edge (Varnish
  // in front of two instances sharing Redis, scripts/edge/), in interleaved wrk rounds.
  await get(`/articles/${targetSlug}`)
  const page = await get(`/articles/${targetSlug}`)
  const htmlFile = path.join(work, 'article.html')
  fs.writeFileSync(htmlFile, page.body)
  const bare = startChild(
    process.execPath,
    [
      '-e',
      `const fs=require('fs');const body=fs.readFileSync(${JSON.stringify(htmlFile)});` +
        `require('http').createServer((q,s)=>{s.writeHead(200,{'content-type':'text/html; charset=utf-8','content-length':body.length});s.end(body)})` +
        `.listen(${PORT_BARE},'127.0.0.1')`,
    ],
    process.env,
    'bare.log',
  )
  await waitForPort(PORT_BARE, bare, 10)
  const edgeDir = path.join(work, 'edge')
  fs.rmSync(edgeDir, { recursive: true, force: true })
  fs.mkdirSync(edgeDir, { recursive: true })
  log('edge: Redis, two next start instances, Varnish')
  const edge = await startEdgeStack({
    dir: edgeDir,
    databaseUri: `file:${served.file}`,
    secret: SECRET,
  })
  try {
    const edgePage = `${edge.edgeUrl}/articles/${targetSlug}`
    for (let i = 0; i < 3; i += 1) await fetch(edgePage).then((r) => r.text())
    const edgeCheck = await fetch(edgePage)
    const edgeBytes = Buffer.byteLength(await edgeCheck.text())
    const load = await loadRounds({
      targets: [
        { name: 'next', url: `${siteUrl}/articles/${targetSlug}`, pids: [next.pid] },
        { name: 'bare', url: `http://127.0.0.1:${PORT_BARE}/`, pids: [bare.pid] },
        { name: 'edge', url: edgePage, pids: [edge.varnishPid] },
      ],
      rounds,
      seconds: loadSeconds,
      connections,
      log,
    })
    results.web.cachedPage = {
      path: `/articles/${targetSlug}`,
      bytes: Buffer.byteLength(page.body),
      edgeBytes,
      nextCacheHeader: page.headers.get('x-nextjs-cache'),
      edgeCacheHeader: edgeCheck.headers.get('x-edge-cache'),
      ...load,
      ratio: Math.round((load.next.requestsPerSecond / load.bare.requestsPerSecond) * 100) / 100,
      edgeRatio:
        Math.round((load.edge.requestsPerSecond / load.bare.requestsPerSecond) * 100) / 100,
    }

    // d2. publish to visible through the second instance and through the edge.
    const [a, b] = edge.instances
    const { admin, target } = served.data.fixtures
    const login = await fetch(`${a.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    })
    const edgeAuth = {
      'content-type': 'application/json',
      authorization: `JWT ${(await login.json()).token}`,
    }
    const character = await (
      await fetch(`${a.url}/api/characters/${target.characters[0]}?depth=0`, { headers: edgeAuth })
    ).json()
    const paths = [`/articles/${target.slug}`, `/characters/${character.slug}`, '/']
    results.web.publishToVisibleEdge = await publishToVisible({
      writeUrl: a.url,
      auth: edgeAuth,
      character,
      pageUrls: paths.flatMap((pathname) => [`${b.url}${pathname}`, `${edge.edgeUrl}${pathname}`]),
      runs: quick ? 1 : 3,
      label: 'edge',
    })
  } finally {
    await edge.stop()
    await stopChild(bare)
  }

  // REST as the admin: log in, then publish and save.
  const { admin, target } = served.data.fixtures
  const login = await fetch(`${siteUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  })
  const { token } = await login.json()
  const auth = { 'content-type': 'application/json', authorization: `JWT ${token}` }

  // d. publish to visible on every dependent page.
  const characterId = target.characters[0]
  const character = await (
    await fetch(`${siteUrl}/api/characters/${characterId}?depth=0`, { headers: auth })
  ).json()
  results.web.publishToVisible = await publishToVisible({
    writeUrl: siteUrl,
    auth,
    character,
    pageUrls: [`/articles/${target.slug}`, `/characters/${character.slug}`, '/'].map(
      (pathname) => `${siteUrl}${pathname}`,
    ),
    runs: quick ? 1 : 3,
    label: 'next',
  })

  // e. saves: a 10,000-word publish, and a 20,000-word, 3,000-tag autosave (saves.mjs).
  Object.assign(
    results.web,
    await measureSaves({ siteUrl, auth, fixtures: served.data.fixtures, saves }),
  )

  // f. Lighthouse, mobile (its default form factor and throttling), Debian's Chromium.
  if (flag('no-lighthouse')) {
    results.notMeasured.lighthouse = 'skipped with --no-lighthouse'
  } else if (!fs.existsSync('/usr/bin/chromium')) {
    results.notMeasured.lighthouse = 'no /usr/bin/chromium'
  } else {
    log('lighthouse (mobile)')
    const report = path.join(work, 'lighthouse.json')
    fs.rmSync(report, { force: true })
    const lh = spawnSync(
      path.join(root, 'node_modules/.bin/lighthouse'),
      [
        `${siteUrl}/articles/${targetSlug}`,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
        '--chrome-path=/usr/bin/chromium',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run --disable-sync',
      ],
      { cwd: root, env: process.env, encoding: 'utf8', timeout: 180_000 },
    )
    if (fs.existsSync(report)) {
      const json = JSON.parse(fs.readFileSync(report, 'utf8'))
      results.web.lighthouse = {
        performance:
          json.categories?.performance?.score == null
            ? null
            : Math.round(json.categories.performance.score * 100),
        cls: json.audits?.['cumulative-layout-shift']?.numericValue ?? null,
        lcpMs: r1(json.audits?.['largest-contentful-paint']?.numericValue),
        tbtMs: r1(json.audits?.['total-blocking-time']?.numericValue),
        runtimeError: json.runtimeError?.message,
      }
    } else {
      results.notMeasured.lighthouse = `lighthouse exited ${lh.status}: ${(lh.stderr || '').slice(-300)}`
    }
  }
} finally {
  await stopChild(next)
}

// ---------- 5. uncached renders on the larger corpora ----------
for (const size of sizes.slice(1)) {
  const child = await startNext(path.join(work, `sqlite-${size}.db`))
  try {
    await get('/')
    // As above: load the article route once on an article outside the sample.
    const [warmSlug, ...sampled] = results.sqlite[size].sampleSlugs
    await get(`/articles/${warmSlug}`)
    results.web.uncachedRender[size] = await uncachedRenders(sampled)
  } finally {
    await stopChild(child)
  }
}

// ---------- the table ----------
results.totalSeconds = Math.round((Date.now() - started) / 1000)
const rows = []
const row = (figure, value, goal = '') => rows.push([figure, value, goal])
const nm = (reason) => `not measured (${reason})`
const c = results.web.cachedPage
const loadRow = (label, run) =>
  row(
    label,
    run
      ? `${run.requestsPerSecond} req/s (${run.min}–${run.max}), p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.cpuMsPerRequest} ms CPU/req; load ${run.rounds.map((r) => r.loadAverage).join(', ')}`
      : nm('no run'),
  )
loadRow('Cached article page, next start (wrk)', c?.next)
loadRow('Same bytes, bare node:http (wrk)', c?.bare)
loadRow('Same page through the edge, Varnish (wrk)', c?.edge)
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
for (const [label, group] of [
  ['SQLite', results.sqlite],
  ['FerretDB', results.mongo],
]) {
  for (const size of Object.keys(group)) {
    const s = group[size].sidebar
    row(
      `Sidebar (loadSidebar), ${label}, ${size}`,
      `p50 ${s.p50} ms, p95 ${s.p95} ms, ${group[size].sidebarQueries} queries`,
    )
  }
  const keys = Object.keys(group)
    .map(Number)
    .sort((a, b) => a - b)
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
const publishRow = (label, p) =>
  row(
    label,
    p
      ? p.worstMs == null
        ? 'not visible within 10 s'
        : `${p.worstMs} ms worst of ${p.runs.length} (API ${p.runs.map((r) => r.apiMs).join(', ')} ms)`
      : nm('no run'),
    '< 1000 ms',
  )
publishRow(
  'Publish to visible (home, article sidebar, character page)',
  results.web.publishToVisible,
)
publishRow(
  'Publish to visible, the same pages on instance B and through the edge',
  results.web.publishToVisibleEdge,
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
  const largest = Object.keys(group)
    .map(Number)
    .sort((a, b) => a - b)
    .at(-1)
  if (!largest) continue
  console.log(`  ${label}, ${largest} articles:`)
  for (const plan of group[largest].plans ?? []) {
    console.log(`    ${plan.query}`)
    for (const step of plan.plan) console.log(`      ${step}`)
  }
}
results.table = rows
const out = path.join(resultsDir, `${results.date.replace(/[:.]/g, '-')}-${results.mode}.json`)
for (const group of [results.sqlite, results.mongo])
  for (const v of Object.values(group)) {
    delete v.fixtures?.bigArticleBody
    delete v.fixtures?.longTaggedBody
  }
fs.writeFileSync(out, JSON.stringify(results, null, 2))
console.log(`\n${results.totalSeconds} s in all; JSON in ${path.relative(root, out)}`)
stopAll()
process.exit(0)
