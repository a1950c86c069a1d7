import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { E2E_MONGO_PORT } from './env'

const EXPLAINER = '/articles/is-jessica-jones-in-luke-cage-season-2'

test.describe('the basics a browser and a crawler expect', () => {
  test('should serve a favicon from this server, and no page asks for one that is missing', async ({
    page,
    request,
  }) => {
    const favicon = await request.get('/favicon.ico')
    expect(favicon.status()).toBe(200)
    expect(favicon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/)

    const missing: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`)
    })
    for (const path of ['/', EXPLAINER, '/shows', '/characters/claire-temple']) {
      await page.goto(path)
      const icon = page.locator('link[rel="icon"]').first()
      const href = await icon.getAttribute('href')
      expect(href, `${path} names an icon`).toBeTruthy()
      expect((await request.get(href as string)).status(), `${path}: ${href}`).toBe(200)
    }
    expect(missing).toEqual([])
  })

  test('should give every article in the sitemap its last change, and list the indexes', async ({
    request,
  }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text()
    const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => match[1] ?? '')
    const articles = entries.filter((entry) => entry.includes('/articles/'))
    expect(articles.length).toBeGreaterThanOrEqual(3)
    for (const entry of articles)
      expect(entry).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[^<]+<\/lastmod>/)
    expect(sitemap).toMatch(/<loc>[^<]+\/shows<\/loc>/)
    expect(sitemap).toMatch(/<loc>[^<]+\/characters<\/loc>/)
  })
})

/**
 * A build is made once and deployed wherever: a second `next start` of the same build, told
 * another SITE_URL, must name that site in robots.txt and the sitemap, not the one the build
 * ran with. It reads the e2e database and is stopped by its PID when done.
 */
test.describe('the site URL, read when the server runs', () => {
  test.setTimeout(3 * 60_000)
  const otherSite = 'https://news.example.test'
  let server: ChildProcess | null = null
  let logFile = ''

  test.afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve))
      process.kill(-server.pid, 'SIGTERM')
      await exited
    }
    if (logFile) fs.rmSync(path.dirname(logFile), { recursive: true, force: true })
  })

  test('should name the running SITE_URL in robots.txt and the sitemap', async ({ request }) => {
    const root = path.resolve(import.meta.dirname, '../..')
    logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-site-url-')), 'next.log')
    const log = fs.openSync(logFile, 'a')
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URI: `file:${path.join(root, '.tmp/e2e/cms.db')}`,
      MEDIA_DIR: path.join(root, '.tmp/e2e/media'),
      PAYLOAD_SECRET: 'e2e-test-secret-not-for-production',
      SITE_URL: otherSite,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(E2E_MONGO_PORT),
      // The e2e server runs the jobs; this one only answers requests.
      PAYLOAD_JOBS_AUTORUN: 'false',
    }
    server = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', String(E2E_MONGO_PORT), '-H', '127.0.0.1'],
      { cwd: root, env, stdio: ['ignore', log, log], detached: true },
    )
    const base = `http://127.0.0.1:${E2E_MONGO_PORT}`
    const deadline = Date.now() + 90_000
    let robots = ''
    while (!robots && Date.now() < deadline) {
      robots = await request
        .get(`${base}/robots.txt`)
        .then((response) => (response.ok() ? response.text() : ''))
        .catch(() => '')
      if (!robots) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(robots, fs.readFileSync(logFile, 'utf8').slice(-2000)).toContain(
      `Sitemap: ${otherSite}/sitemap.xml`,
    )
    const sitemap = await (await request.get(`${base}/sitemap.xml`)).text()
    expect(sitemap).toContain(`<loc>${otherSite}${EXPLAINER}</loc>`)
    expect(sitemap).not.toContain('localhost:3000')
  })
})
