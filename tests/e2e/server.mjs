/**
 * The browser tests' server: a fresh SQLite database seeded by the project's own seed, then a
 * real `next build` and `next start` against it. Started and stopped by Playwright.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const dataDir = path.join(root, '.tmp/e2e')
const port = process.env.E2E_PORT || '3100'

fs.rmSync(dataDir, { recursive: true, force: true })
fs.mkdirSync(dataDir, { recursive: true })

const env = {
  ...process.env,
  DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
  MEDIA_DIR: path.join(dataDir, 'media'),
  PAYLOAD_SECRET: 'e2e-test-secret-not-for-production',
  SITE_URL: `http://127.0.0.1:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
}

const run = (args, extraEnv = {}) => {
  const result = spawnSync('npx', args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: 'inherit',
  })
  if (result.status !== 0) {
    console.error(`e2e server: \`npx ${args.join(' ')}\` failed`)
    process.exit(result.status ?? 1)
  }
}

// The seed runs as a test helper (not production), so the demo editor exists for the tests.
run(['tsx', 'scripts/seed.ts'], { NODE_ENV: 'test' })
if (process.env.E2E_SKIP_BUILD !== '1')
  run(['next', 'build', '--webpack'], { NODE_ENV: 'production' })

// Node closes an idle kept-alive socket after 5 s; a test's request that reuses one at that
// moment fails with ECONNRESET (seen once in a full run). Idle sockets stay open longer here.
const server = spawn(
  'npx',
  ['next', 'start', '-p', port, '-H', '127.0.0.1', '--keepAliveTimeout', '120000'],
  {
    cwd: root,
    // PORT lets the server reach its own /next/revalidate route from background jobs.
    env: { ...env, NODE_ENV: 'production', PORT: port },
    stdio: 'inherit',
  },
)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code) => process.exit(code ?? 0))
