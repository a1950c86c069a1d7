#!/usr/bin/env node
/**
 * `npm run bench [-- --quick] [--sizes 1000,10000,100000] [--build] [--no-mongo]
 *  [--no-lighthouse] [--duration S] [--rounds N]` (`--help` lists every option)
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
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { makeWorkDirs, resultsDir, root, secondsSinceStart } from './benchEnv.mjs'
import { stopAll, stopChildrenOnExit } from './children.mjs'
import { measureMongo, measureSqlite } from './corpora.mjs'
import { ensureBuild } from './nextServer.mjs'
import { HELP, parseOptions } from './options.mjs'
import { printTable, tableRows } from './table.mjs'
import { measureLargerCorpora } from './uncachedRenders.mjs'
import { measureWeb } from './webFigures.mjs'

const options = parseOptions(process.argv.slice(2))
if (options.isHelp) {
  console.log(HELP)
  process.exit(0)
}
makeWorkDirs()
stopChildrenOnExit()

const results = {
  date: new Date().toISOString(),
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.trim(),
  machine: `${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
  loadavgAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
  mode: options.mode,
  sqlite: {},
  mongo: {},
  web: {},
  notMeasured: {},
}

// 1. Corpora and the data layer on SQLite, then 2. the same on FerretDB (corpora.mjs).
const served = measureSqlite({ options, results })
await measureMongo({ options, results })

// 3. next build, once, against an empty database.
const buildSeconds = ensureBuild(options)
if (buildSeconds !== null) results.buildSeconds = buildSeconds

// 4. The web figures on the first corpus; 5. uncached renders on the larger ones.
await measureWeb({ served, options, results })
await measureLargerCorpora({ options, results })

// The table, and the same figures as JSON (without the bodies the fixtures carried).
results.totalSeconds = secondsSinceStart()
const rows = tableRows(results, options.sizes)
printTable(results, rows)
results.table = rows
const out = path.join(resultsDir, `${results.date.replace(/[:.]/g, '-')}-${results.mode}.json`)
for (const group of [results.sqlite, results.mongo])
  for (const v of Object.values(group)) {
    delete v.fixtures?.bigArticleBody
    delete v.fixtures?.longTaggedBody
    delete v.fixtures?.probeBody
  }
fs.writeFileSync(out, JSON.stringify(results, null, 2))
console.log(`\n${results.totalSeconds} s in all; JSON in ${path.relative(root, out)}`)
stopAll()
process.exit(0)
