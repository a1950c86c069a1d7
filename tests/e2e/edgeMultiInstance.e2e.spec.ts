import { expect, test } from '@playwright/test'

import { type EdgeStack, startEdgeStack } from './edge/edgeStack'
import { newsroom } from './edge/newsroom'
import { type Expectation, getPage, seenWithin, unmetWithin } from './edge/pollPages'

/** docs: "publish to visible < 1 s, through the edge and on the second instance". */
const VISIBLE_WITHIN_MS = 1_000

/**
 * Issue 14, with real parts: Redis, two `next start` instances of the e2e build on one
 * database, Varnish in front of both (tests/e2e/edge/edgeStack.ts). Saves go through instance
 * A; readers are instance B and the edge. Run on SQLite (one file, WAL) and on the Mongo-wire
 * server. Pages are read before each save, so they are cached where a reader would hit them.
 */
for (const adapter of ['sqlite', 'mongo'] as const) {
  test.describe(`the edge and two instances on one ${adapter} database`, () => {
    test.describe.configure({ mode: 'serial' })
    test.setTimeout(5 * 60_000)

    let stack: EdgeStack
    test.beforeAll(async () => {
      stack = await startEdgeStack(adapter)
    })
    test.afterAll(async () => {
      await stack?.stop()
    })

    test('should show each publish, edit, rename and unpublish on every dependent page through instance B and the edge within 1 s, and never a draft or a staff response', async () => {
      const run = Date.now().toString(36)
      const editor = await newsroom(stack.a.url)
      const show = await editor.createShow(`Edge Show ${run}`)
      const hero = await editor.createCharacter(`Edge Hero ${run}`, show)
      const bystander = await editor.createCharacter(`Edge Bystander ${run}`, show)
      const older = await editor.publishArticle({
        title: `Older piece ${run}`,
        characters: [hero],
        show,
      })
      const unrelated = await editor.publishArticle({
        title: `Unrelated piece ${run}`,
        characters: [bystander],
        show,
      })

      const readers = (path: string) => [`${stack.b.url}${path}`, `${stack.edgeUrl}${path}`]
      /** Every page that shows the article, as a reader must see it after a save. */
      const dependents = (
        article: { slug: string; title: string } | null,
        gone: string[],
      ): Expectation[] => {
        const contains = article ? [article.title] : []
        const pages: Array<[string, string[]]> = [
          [`/articles/${older.slug}`, contains], // its sidebar lists the article
          [`/characters/${hero.slug}`, contains],
          [`/shows/${show.slug}`, contains],
          ['/', contains],
          ['/feed.xml', contains],
          ['/sitemap.xml', article ? [`/articles/${article.slug}`] : []],
        ]
        return pages.flatMap(([path, texts]) =>
          readers(path).map((url) => ({ url, contains: texts, lacks: gone })),
        )
      }
      // Before each save every page is read on both instances and through the edge, as on a
      // live site: cached everywhere, and each route's code already loaded in each process.
      const warm = async (paths: string[]) => {
        for (const path of paths) {
          for (const url of [`${stack.a.url}${path}`, ...readers(path)]) await getPage(url)
        }
      }
      const dependentPaths = ['/', '/feed.xml', '/sitemap.xml', `/characters/${hero.slug}`]
      const everyPath = [
        ...dependentPaths,
        `/shows/${show.slug}`,
        `/articles/${older.slug}`,
        `/articles/${unrelated.slug}`,
      ]

      // Publish, for a slug readers (and the edge) already saw as a 404.
      const slug = `edge-news-${run}`
      await warm([...everyPath, `/articles/${slug}`])
      await warm([`/articles/${unrelated.slug}`])
      const published = { slug, title: `Edge news ${run}` }
      const article = await editor.publishArticle({ ...published, characters: [hero], show })
      expect(article.slug).toBe(slug)
      expect(
        await unmetWithin(
          [
            ...dependents(published, []),
            ...readers(`/articles/${slug}`).map((url) => ({ url, contains: [published.title] })),
          ],
          VISIBLE_WITHIN_MS,
        ),
      ).toEqual([])
      // Precise: a page that does not show the article stayed in the edge's cache.
      const untouched = await getPage(`${stack.edgeUrl}/articles/${unrelated.slug}`)
      expect(untouched.headers.get('x-edge-cache')).toBe('HIT')

      // A draft saved over the published article: readers never see it, the edge never
      // stores it, and the staff member previewing it through the edge gets it uncached.
      const draftTitle = `Draft only ${run}`
      await editor.updateArticle(article.id, { title: draftTitle }, { isDraft: true })
      const watched = [...everyPath, `/articles/${slug}`].flatMap(readers)
      expect(await seenWithin(watched, draftTitle, VISIBLE_WITHIN_MS)).toEqual([])
      const preview = await getPage(`${stack.edgeUrl}/next/preview?slug=${slug}`, {
        authorization: `JWT ${editor.token}`,
      })
      expect(preview.status).toBe(307)
      const bypass = preview.headers
        .getSetCookie()
        .find((cookie) => cookie.startsWith('__prerender_bypass='))
      expect(bypass).toBeTruthy()
      // As the editor's browser sends it: both cookies, and the fetch metadata Payload checks
      // before it trusts a cookie (CSRF).
      const staff = {
        cookie: `${bypass?.split(';')[0]}; payload-token=${editor.token}`,
        'sec-fetch-site': 'same-origin',
      }
      for (let i = 0; i < 2; i += 1) {
        const staffView = await getPage(`${stack.edgeUrl}/articles/${slug}`, staff)
        expect(staffView.body).toContain(draftTitle)
        expect(staffView.headers.get('x-edge-cache')).toBe('PASS')
      }
      const readerView = await getPage(`${stack.edgeUrl}/articles/${slug}`)
      expect(readerView.body).toContain(published.title)
      expect(readerView.body).not.toContain(draftTitle)
      expect(readerView.headers.get('x-edge-cache')).not.toBe('PASS')
      for (const path of ['/admin', '/api/articles?limit=1']) {
        const response = await getPage(`${stack.edgeUrl}${path}`, staff)
        expect(response.headers.get('x-edge-cache'), path).toBe('PASS')
      }

      // Edit (publish changes with a new title): the old title is gone everywhere.
      await warm(everyPath)
      const edited = { slug, title: `Edge story ${run}` }
      await editor.updateArticle(article.id, { title: edited.title, _status: 'published' })
      expect(
        await unmetWithin(dependents(edited, [published.title, draftTitle]), VISIBLE_WITHIN_MS),
      ).toEqual([])

      // Rename: the new address works, the old one redirects there for good, links follow.
      await warm([...everyPath, `/articles/${slug}`])
      const renamed = { slug: `edge-renamed-${run}`, title: edited.title }
      await editor.updateArticle(article.id, { slug: renamed.slug, _status: 'published' })
      expect(
        await unmetWithin(
          [
            ...dependents(renamed, [`/articles/${slug}`]),
            ...readers(`/articles/${renamed.slug}`).map((url) => ({
              url,
              contains: [edited.title],
            })),
            ...readers(`/articles/${slug}`).map((url) => ({
              url,
              status: 308,
              location: `/articles/${renamed.slug}`,
            })),
          ],
          VISIBLE_WITHIN_MS,
        ),
      ).toEqual([])

      // Unpublish: gone from every page, its address and its old one 404s.
      await warm([...everyPath, `/articles/${renamed.slug}`, `/articles/${slug}`])
      await editor.updateArticle(article.id, { _status: 'draft' })
      expect(
        await unmetWithin(
          [
            ...dependents(null, [edited.title, `/articles/${renamed.slug}`]),
            ...[renamed.slug, slug].flatMap((each) =>
              readers(`/articles/${each}`).map((url) => ({ url, status: 404 })),
            ),
          ],
          VISIBLE_WITHIN_MS,
        ),
      ).toEqual([])
    })

    if (adapter !== 'sqlite') return
    test('should keep serving and stay fresh without Redis, and serve the last good page, saying so, with both instances down', async () => {
      const run = Date.now().toString(36)
      const editor = await newsroom(stack.a.url)
      const show = await editor.createShow(`Outage Show ${run}`)
      const hero = await editor.createCharacter(`Outage Hero ${run}`, show)
      const first = { title: `Before the outage ${run}` }
      const article = await editor.publishArticle({ ...first, characters: [hero], show })
      const page = (base: string) => `${base}/articles/${article.slug}`
      const both = [page(stack.b.url), page(stack.edgeUrl)]
      for (const url of both) await getPage(url)

      // Redis stops: pages still render (every request a miss), saves still reach everyone.
      await stack.stopRedis()
      const duringOutage = await getPage(page(stack.b.url))
      expect(duringOutage.status).toBe(200)
      expect(duringOutage.body).toContain(first.title)
      const second = `Saved while Redis was down ${run}`
      await editor.updateArticle(article.id, { title: second, _status: 'published' })
      expect(
        await unmetWithin(
          both.map((url) => ({ url, contains: [second], lacks: [first.title] })),
          VISIBLE_WITHIN_MS,
        ),
      ).toEqual([])
      expect(stack.a.log()).toContain('Redis unavailable')

      // Redis is back: the shared cache works again for every instance.
      await stack.restartRedis()
      await expect
        .poll(() => stack.b.log().includes('Redis is back'), { timeout: 15_000 })
        .toBe(true)
      for (const url of both) await getPage(url)
      const third = `Saved after Redis came back ${run}`
      await editor.updateArticle(article.id, { title: third, _status: 'published' })
      expect(
        await unmetWithin(
          both.map((url) => ({ url, contains: [third], lacks: [second] })),
          VISIBLE_WITHIN_MS,
        ),
      ).toEqual([])

      // Both instances go down right after a save purged the page: the edge keeps answering
      // with the last good copy, and says that the origin is unavailable.
      await getPage(page(stack.edgeUrl))
      await editor.updateArticle(article.id, {
        title: `Never rendered ${run}`,
        _status: 'published',
      })
      await Promise.all([stack.a.stop(), stack.b.stop()])
      const stale = await getPage(page(stack.edgeUrl))
      expect(stale.status).toBe(200)
      expect(stale.body).toContain(third)
      expect(stale.headers.get('x-edge-stale')).toContain('origin unavailable')
    })
  })
}
