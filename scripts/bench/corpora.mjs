/**
 * The data-layer figures of `npm run bench`: one corpus per size, seeded and measured by
 * scripts/bench/dataLayer.ts in its own process, on SQLite and on the MongoDB wire protocol
 * (FerretDB).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { buildFerretDB } from '../lib/mongoTestServer.mjs'
import { waitForPort } from '../lib/waitForPort.mjs'
import { baseEnv, log, PORT_FERRET, root, work } from './benchEnv.mjs'
import { startChild, stopChild } from './children.mjs'

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

export const sqliteFile = (size) => path.join(work, `sqlite-${size}.db`)

/**
 * Seeds (or reuses) one SQLite corpus per size and measures each; the first also gets the
 * REST fixtures, because it is the one the web figures serve. Returns that served corpus.
 */
export const measureSqlite = ({ options, results }) => {
  let served = null
  for (const size of options.sizes) {
    const file = sqliteFile(size)
    const isFresh = options.isQuick || !fs.existsSync(file) || options.isFresh
    if (isFresh)
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    const isServed = size === options.sizes[0]
    const data = dataLayer(
      `file:${file}`,
      [
        ...(isFresh ? ['--seed', String(size)] : []),
        '--samples',
        String(options.samples),
        ...(isServed ? ['--fixtures'] : []),
      ],
      `sqlite-${size}`,
    )
    results.sqlite[size] = data
    if (isServed) served = { size, file, data }
  }
  return served
}

/** The same on a fresh FerretDB, unless the options leave it out or there is no binary. */
export const measureMongo = async ({ options, results }) => {
  if (options.mongoSkipped) {
    results.notMeasured.mongo = options.mongoSkipped
    return
  }
  const ferretdb = process.env.FERRETDB_BIN || buildFerretDB()
  if (!ferretdb) {
    results.notMeasured.mongo = 'no FerretDB binary and no Go toolchain (npm run setup:ferretdb)'
    return
  }
  const dir = path.join(work, 'ferretdb')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const ferret = startChild(
    ferretdb,
    [`--listen-addr=127.0.0.1:${PORT_FERRET}`, `--sqlite-url=file:${dir}/`, '--telemetry=disable'],
    process.env,
    'ferretdb.log',
  )
  try {
    await waitForPort(PORT_FERRET, ferret, 30)
    for (const size of options.mongoSizes) {
      try {
        results.mongo[size] = dataLayer(
          `mongodb://127.0.0.1:${PORT_FERRET}/bench_${size}`,
          ['--seed', String(size), '--samples', String(Math.min(options.samples, 10))],
          `ferretdb-${size}`,
          options.mongoTimeoutSeconds,
        )
      } catch (error) {
        results.notMeasured[`mongo-${size}`] = String(error.message)
      }
    }
  } finally {
    await stopChild(ferret)
  }
}
