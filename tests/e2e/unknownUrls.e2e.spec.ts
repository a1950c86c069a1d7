import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import {
  type APIRequestContext,
  expect,
  request as playwrightRequest,
  test,
} from '@playwright/test'

import { doc, paragraph } from '../../src/seed/lexical'
import { diskUsage } from '../helpers/nextDirUsage'
import { adminApi, deleteDocuments } from '../helpers/staffApi'
import { E2E_MONGO_BASE_URL, E2E_MONGO_PORT } from './env'

const SECTIONS = ['articles', 'characters', 'shows'] as const
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** Next writes cache entries after it has answered; give it time to finish before counting. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500))

/**
 * SECURITY.md #27, issue 12 #6: any URL can be asked for, so no answer for a URL that names
 * nothing may be written to disk, while real pages, new ones included, are still cached.
 */
test.describe('unknown URLs under next start', () => {
  test('should write nothing to disk for unknown articles, characters and shows, or query strings, however asked', async ({
    request,
  }) => {
    // Pages that earlier tests' edits expired are stored again once, whatever is asked.
    const pages = ['/', '/feed.xml', '/sitemap.xml', '/search']
    for (const url of pages) expect((await request.get(url)).status(), url).toBe(200)
    await settle()
    const before = diskUsage()
    const run = stamp()
    for (let i = 0; i < 20; i++) {
      for (const section of SECTIONS) {
        const url = `/${section}/no-such-${section}-${run}-${i}`
        expect((await request.get(url)).status(), url).toBe(404)
        // The client router's flight request for the same URL.
        expect((await request.get(url, { headers: { RSC: '1' } })).status(), url).toBe(404)
      }
      const article = `/articles/no-such-article-${run}-${i}`
      expect((await request.get(`${article}/spoilers`)).status()).toBe(404)
      expect((await request.get(`${article}/spoilers.json?v=1`)).status()).toBe(404)
      // Query strings on cached pages and routes, and searches, are other ways to ask anew.
      for (const url of pages) {
        const asked = `${url}?q=no-such-thing-${run}-${i}`
        expect((await request.get(asked)).status(), asked).toBe(200)
      }
    }
    await settle()
    const after = diskUsage()
    expect(after.files - before.files, 'files added to .next').toBe(0)
    expect(after.bytes - before.bytes, 'bytes added to .next').toBe(0)
  })

  test('should cache no image variants for URLs that name no stored file', async ({ request }) => {
    const { docs } = (await (await request.get('/api/media?limit=1&depth=0')).json()) as {
      docs: Array<{ url: string }>
    }
    const before = diskUsage()
    const run = stamp()
    for (let i = 0; i < 20; i++) {
      // The same file under endless query strings would be optimised and stored again each time.
      const variant = `${docs[0].url}?v=${run}${i}`
      const image = `/_next/image?url=${encodeURIComponent(variant)}&w=640&q=75`
      expect((await request.get(image)).status(), image).toBe(400)
      const missing = `/_next/image?url=${encodeURIComponent(`/api/media/file/none-${run}-${i}.jpg`)}&w=640&q=75`
      expect((await request.get(missing)).status(), missing).toBe(404)
    }
    await settle()
    const after = diskUsage()
    expect(after.files - before.files, 'files added to .next').toBe(0)
    expect(after.bytes - before.bytes, 'bytes added to .next').toBe(0)
  })

  test.describe('pages published after the build', () => {
    test.setTimeout(3 * 60_000)
    let api: APIRequestContext
    let second: ChildProcess | null = null
    const created: Array<{ collection: string; id: number | string }> = []

    test.beforeAll(async () => {
      api = await adminApi()
    })

    test.afterAll(async () => {
      if (second?.pid && second.exitCode === null) {
        const exited = new Promise((resolve) => second?.once('exit', resolve))
        process.kill(-second.pid, 'SIGTERM')
        await exited
      }
      for (const { collection, id } of created.reverse()) {
        await deleteDocuments(api, collection, [id]).catch(() => undefined)
      }
      await api?.dispose()
    })

    const create = async (collection: string, data: Record<string, unknown>) => {
      const response = await api.post(`/api/${collection}`, { data })
      expect(response.status(), `creating a ${collection} document`).toBe(201)
      const { doc: made } = (await response.json()) as {
        doc: { id: number | string; slug: string }
      }
      created.push({ collection, id: made.id })
      return made
    }

    /** Renders once, then answers from the cache: a real page is still stored. */
    const expectRenderedThenCached = async (url: string, heading: string) => {
      const first = await api.get(url)
      expect(first.status(), url).toBe(200)
      expect(await first.text()).toContain(heading)
      const again = await api.get(url)
      expect(again.status(), url).toBe(200)
      expect(again.headers()['x-nextjs-cache'], url).toBe('HIT')
    }

    test('should render and cache new pages, asked for before they existed, and keep a deleted one gone after a restart', async () => {
      const run = stamp()
      const title = `Unknown URL test ${run}`
      const slug = `unknown-url-test-${run}`
      for (const section of SECTIONS) {
        expect((await api.get(`/${section}/${slug}`)).status()).toBe(404)
      }

      await create('shows', { title, slug, network: 'Netflix' })
      await expectRenderedThenCached(`/shows/${slug}`, title)
      await create('characters', { name: title, slug })
      await expectRenderedThenCached(`/characters/${slug}`, title)
      const article = await create('articles', {
        title,
        slug,
        dek: 'Published after the build.',
        body: doc(paragraph('Words.')),
        _status: 'published',
      })
      await expectRenderedThenCached(`/articles/${slug}`, title)

      // Deleted: the cached page must give way to a 404 that outlives the process, since a
      // restarted server no longer knows which cache tags were expired.
      await deleteDocuments(api, 'articles', [article.id])
      created.splice(
        created.findIndex((entry) => entry.id === article.id && entry.collection === 'articles'),
        1,
      )
      await expect.poll(async () => (await api.get(`/articles/${slug}`)).status()).toBe(404)
      await settle()

      second = startSecondServer()
      const fresh = await playwrightRequest.newContext({ baseURL: E2E_MONGO_BASE_URL })
      try {
        await expect
          .poll(async () => (await fresh.get('/').catch(() => null))?.status(), {
            timeout: 90_000,
          })
          .toBe(200)
        expect((await fresh.get(`/articles/${slug}`)).status()).toBe(404)
        expect((await fresh.get(`/shows/${slug}`)).status()).toBe(200)
      } finally {
        await fresh.dispose()
      }
    })
  })
})

/**
 * A second `next start` of the same build, database and media (a restart, as far as the cache
 * on disk can tell), in its own process group so the test stops exactly what it started.
 */
const startSecondServer = (): ChildProcess => {
  const dataDir = path.resolve('.tmp/e2e')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PAYLOAD_SECRET: 'e2e-test-secret-not-for-production',
    SITE_URL: E2E_MONGO_BASE_URL,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PORT: String(E2E_MONGO_PORT),
    // The first server runs the scheduled-publishing jobs; one runner is enough.
    PAYLOAD_JOBS_AUTORUN: 'false',
  }
  const log = fs.openSync(path.join(dataDir, 'second-server.log'), 'a')
  return spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(E2E_MONGO_PORT), '-H', '127.0.0.1'],
    { env, stdio: ['ignore', log, log], detached: true },
  )
}
