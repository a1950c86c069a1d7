import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from '@playwright/test'

import { freePort, startFerretDB } from '../../scripts/lib/mongoTestServer.mjs'
import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/db/databaseUnavailable'
import { doc, paragraph } from '../../src/seed/lexical'
import { E2E_MONGO_BASE_URL, E2E_MONGO_PORT } from './env'

/**
 * SECURITY.md #20 on MongoDB: a second `next start` of the build the e2e server made (DATABASE_URI
 * is read when the server starts, not at build time) runs against a FerretDB this test starts,
 * stops by PID, and starts again on the same port and data directory. Required, never skipped:
 * if FerretDB cannot be started, the test fails.
 */
test.describe('the MongoDB server stopped and restarted under next start', () => {
  test.setTimeout(4 * 60_000)

  // Made in beforeAll, not here: Playwright also evaluates this body just to list the tests.
  let tmpDir = ''
  let dataDir = ''
  let ferretPort = 0
  let ferret: Awaited<ReturnType<typeof startFerretDB>> | null = null
  let server: ChildProcess | null = null
  let api: APIRequestContext

  const startServer = () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URI: `mongodb://127.0.0.1:${ferretPort}/cms_e2e_outage`,
      MEDIA_DIR: path.join(tmpDir, 'media'),
      PAYLOAD_SECRET: 'e2e-mongo-test-secret-not-for-production',
      SITE_URL: E2E_MONGO_BASE_URL,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(E2E_MONGO_PORT),
    }
    const log = fs.openSync(path.join(tmpDir, 'next.log'), 'a')
    // Its own process group, so the test stops exactly the processes it started.
    server = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', String(E2E_MONGO_PORT), '-H', '127.0.0.1'],
      { env, stdio: ['ignore', log, log], detached: true },
    )
  }

  const waitFor = async (check: () => Promise<boolean>, what: string, seconds: number) => {
    const deadline = Date.now() + seconds * 1000
    while (Date.now() < deadline) {
      if (await check().catch(() => false)) return
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const log = fs.readFileSync(path.join(tmpDir, 'next.log'), 'utf8').slice(-3000)
    throw new Error(`${what} did not happen within ${seconds}s; server log:\n${log}`)
  }

  test.beforeAll(async () => {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-mongo-'))
    dataDir = path.join(tmpDir, 'ferretdb')
    ferretPort = await freePort()
    ferret = await startFerretDB({ port: ferretPort, dataDir, tmpDir })
    startServer()
    api = await playwrightRequest.newContext({
      baseURL: E2E_MONGO_BASE_URL,
      extraHTTPHeaders: { Origin: E2E_MONGO_BASE_URL },
    })
    await waitFor(async () => (await api.get('/api/articles?limit=1')).ok(), 'the server start', 90)
    // A fresh database: the first account, made an admin by the app.
    const register = await api.post('/api/users/first-register', {
      data: { email: 'outage@example.com', password: 'correct-horse-battery', name: 'Outage' },
    })
    expect(register.status()).toBe(200)
  })

  test.afterAll(async () => {
    await api?.dispose()
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve))
      process.kill(-server.pid, 'SIGTERM')
      await exited
    }
    await ferret?.stop()
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true })
  })

  test('should serve built pages, answer a clear 503, and recover by itself with the autosave intact', async ({
    page,
  }) => {
    const created = await api.post('/api/articles?draft=true', {
      data: { title: 'Outage draft', dek: 'A test summary.', body: doc(paragraph('First words.')) },
    })
    expect(created.status()).toBe(201)
    const { doc: article } = (await created.json()) as { doc: { id: string } }
    const autosavedText = 'Autosaved before FerretDB stopped.'
    const autosave = await api.patch(`/api/articles/${article.id}?draft=true&autosave=true`, {
      data: { body: doc(paragraph(autosavedText)) },
    })
    expect(autosave.status()).toBe(200)

    // The editor is signed in to the admin when FerretDB stops.
    await page.goto(`${E2E_MONGO_BASE_URL}/admin/login`)
    await page.locator('#field-email').fill('outage@example.com')
    await page.locator('#field-password').fill('correct-horse-battery')
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })

    await ferret?.stop()
    // The admin says what is wrong, instead of Next's bare "A server error occurred".
    await page.goto(`${E2E_MONGO_BASE_URL}/admin`, { timeout: 60_000 })
    await expect(
      page.getByRole('alert').filter({ hasText: 'the database is unavailable' }),
    ).toBeVisible({ timeout: 45_000 })

    // A reader still gets the article page built by `next build`.
    const built = await page.goto(
      `${E2E_MONGO_BASE_URL}/articles/is-jessica-jones-in-luke-cage-season-2`,
    )
    expect(built?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Is Jessica Jones in Luke Cage Season 2?',
    )
    // An editor's save fails with a message that says what is wrong (after the driver's 5 s).
    const failed = await api.patch(`/api/articles/${article.id}?draft=true&autosave=true`, {
      data: { title: 'Typed while FerretDB was down' },
    })
    expect(failed.status()).toBe(503)
    expect(await failed.text()).toContain(DATABASE_UNAVAILABLE_MESSAGE)

    // Same port, same data: the driver reconnects by itself, no restart of next start.
    ferret = await startFerretDB({ port: ferretPort, dataDir, tmpDir })
    await waitFor(
      async () => (await api.get(`/api/articles/${article.id}?draft=true`)).ok(),
      'recovery',
      60,
    )
    const stored = await (await api.get(`/api/articles/${article.id}?draft=true`)).json()
    expect(stored.title).toBe('Outage draft')
    expect(JSON.stringify(stored.body)).toContain(autosavedText)
    expect(server?.exitCode).toBeNull()

    // And the admin works again in the browser, still signed in.
    await page.goto(`${E2E_MONGO_BASE_URL}/admin`)
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    await expect(page.getByText('could not load')).toHaveCount(0)
  })
})
