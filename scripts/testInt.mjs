/**
 * `npm run test:int`: the integration suite, once on SQLite and once on MongoDB.
 * With REQUIRE_MONGO=1 (CI) a missing MongoDB server fails the run; otherwise the MongoDB
 * pass is skipped with one loud line.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startMongoTestServer } from './lib/mongoTestServer.mjs'

const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-int-'))
const extraArgs = process.argv.slice(2)

const runSuite = (label, env) => {
  console.log(`\n=== Integration tests on ${label} ===`)
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'int', ...extraArgs], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'test',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: 'integration-test-secret',
      MEDIA_DIR: path.join(tmpDir, `media-${label.split(' ')[0].toLowerCase()}`),
      ...env,
    },
  })
  return result.status ?? 1
}

let exitCode = 0
try {
  exitCode = runSuite('SQLite', { DATABASE_URI: `file:${path.join(tmpDir, 'int.db')}` })

  const server = await startMongoTestServer({ tmpDir })
  if (!server) {
    const why =
      'no MongoDB server: MONGODB_TEST_URI is unset, no mongod on PATH, and FerretDB could not be built (is Go installed?)'
    if (process.env.REQUIRE_MONGO === '1') {
      console.error(`\nFAIL: REQUIRE_MONGO=1 but ${why}.`)
      exitCode = 1
    } else {
      console.warn(
        `\n!!! SKIPPED the MongoDB integration suite: ${why}. Set REQUIRE_MONGO=1 to make this fatal. !!!\n`,
      )
    }
  } else {
    try {
      // A fresh database per run, so the suite never meets leftovers from an earlier one.
      const uri = new URL(server.uri)
      uri.pathname = `/cms_int_${Date.now().toString(36)}`
      exitCode = runSuite(`MongoDB (${server.label})`, { DATABASE_URI: uri.toString() }) || exitCode
    } finally {
      await server.stop()
    }
  }
} finally {
  fs.rmSync(tmpDir, { recursive: true, force: true })
}
process.exit(exitCode)
