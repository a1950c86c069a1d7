import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, test } from '@playwright/test'

import { SEEDED_SPOILER_STRINGS } from '../../src/seed/articles'
import { doc, paragraph, resolveCharacterTags, tag } from '../../src/seed/lexical'
import { adminApi } from '../helpers/staffApi'

const EXPLAINER = '/articles/is-jessica-jones-in-luke-cage-season-2'
const DRAFT_SLUG = 'bushmaster-the-villain-built-to-match-luke-cage'

/** Polls a page until `predicate(html)` holds; returns the milliseconds it took. */
const pollUntil = async (
  api: APIRequestContext,
  path: string,
  predicate: (html: string) => boolean,
) => {
  const started = Date.now()
  for (;;) {
    const html = await (await api.get(path)).text()
    if (predicate(html)) return Date.now() - started
    if (Date.now() - started > 15_000) throw new Error(`${path} did not change within 15 s`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

test.describe('public site', () => {
  test('should show Claire Temple in the explainer sidebar with every show she appears in', async ({
    page,
  }) => {
    await page.goto(EXPLAINER)
    const sidebar = page.getByRole('complementary', { name: 'Also appears in' })
    const claire = sidebar.getByRole('region', { name: 'Claire Temple' })
    await expect(claire.getByRole('link', { name: 'Claire Temple', exact: true })).toHaveAttribute(
      'href',
      '/characters/claire-temple',
    )
    for (const show of ['Daredevil', 'Jessica Jones', 'Luke Cage', 'Iron Fist', 'The Defenders']) {
      await expect(claire.getByRole('link', { name: show, exact: true })).toBeVisible()
    }
    await expect(claire).toContainText('Seasons 1, 2')
    await expect(claire.getByRole('link', { name: /Claire Temple, the nurse/ })).toBeVisible()
  })

  test('should show a new article tagging Claire in the sidebar and on her page at once, and drop it when unpublished', async () => {
    const api = await adminApi()
    const claire = (
      await (await api.get('/api/characters?where[slug][equals]=claire-temple&depth=0')).json()
    ).docs[0]
    const title = `Claire opens a clinic ${Date.now().toString(36)}`
    const created = await api.post('/api/articles', {
      data: {
        title,
        dek: 'A new chapter for the nurse.',
        _status: 'published',
        body: resolveCharacterTags(
          doc(paragraph(tag('claire-temple', 'Claire'))),
          new Map([['claire-temple', claire.id]]),
        ),
      },
    })
    expect(created.status()).toBe(201)
    const article = (await created.json()).doc

    const pages = [EXPLAINER, '/characters/claire-temple', '/']
    const appeared = await Promise.all(
      pages.map((path) => pollUntil(api, path, (html) => html.includes(title))),
    )
    console.log(`publish → visible: ${pages.map((p, i) => `${p} ${appeared[i]} ms`).join(', ')}`)

    const unpublished = await api.patch(`/api/articles/${article.id}`, {
      data: { _status: 'draft' },
    })
    expect(unpublished.status()).toBe(200)
    const gone = await Promise.all(
      pages.map((path) => pollUntil(api, path, (html) => !html.includes(title))),
    )
    console.log(`unpublish → gone: ${pages.map((p, i) => `${p} ${gone[i]} ms`).join(', ')}`)
    expect((await api.get(`/articles/${article.slug}`)).status()).toBe(404)

    expect((await api.delete(`/api/articles/${article.id}`)).status()).toBe(200)
    await api.dispose()
  })

  test('should never let seeded spoiler text reach feeds, sitemap, search, lists, sidebars or profile pages', async ({
    request,
  }) => {
    const outputs: Record<string, string> = {}
    for (const path of [
      '/feed.xml',
      '/sitemap.xml',
      '/',
      '/characters/misty-knight',
      '/characters/colleen-wing',
      '/shows/luke-cage',
      '/articles/claire-temple-the-nurse-who-connects-marvels-netflix-shows',
    ]) {
      outputs[path] = await (await request.get(path)).text()
    }
    for (const secret of SEEDED_SPOILER_STRINGS) {
      const search = await (await request.get(`/search?q=${encodeURIComponent(secret)}`)).text()
      expect(search, `search for "${secret}"`).toContain('Nothing matches')
      for (const [path, body] of Object.entries(outputs)) {
        expect(body.toLowerCase(), `${path} leaks "${secret}"`).not.toContain(secret.toLowerCase())
      }
    }
    // The explainer's own HTML carries none of them (spoilersWithheld.e2e.spec.ts); control: the
    // strings are real, served on reveal from its withheld spoilers.
    const explainer = await (await request.get(EXPLAINER)).text()
    for (const secret of SEEDED_SPOILER_STRINGS) expect(explainer).not.toContain(secret)
    const withheld = await (await request.get(`${EXPLAINER}/spoilers.json`)).text()
    expect(withheld).toContain('physical therapy')
  })

  test('should refuse the internal revalidation route without its token', async ({ request }) => {
    const anonymous = await request.post('/next/revalidate', { data: { tags: ['articles'] } })
    expect(anonymous.status()).toBe(401)
    const forged = await request.post('/next/revalidate', {
      data: { tags: ['articles'] },
      headers: { 'x-revalidate-token': 'f'.repeat(64) },
    })
    expect(forged.status()).toBe(401)
  })

  test('should list only published articles in the feed and the sitemap', async ({ request }) => {
    const feed = await request.get('/feed.xml')
    expect(feed.headers()['content-type']).toContain('application/rss+xml')
    const rss = await feed.text()
    expect(rss).toContain(`${EXPLAINER}</link>`)
    expect(rss).not.toContain(DRAFT_SLUG)

    const sitemap = await (await request.get('/sitemap.xml')).text()
    expect(sitemap).toContain(EXPLAINER)
    expect(sitemap).toContain('/characters/claire-temple')
    expect(sitemap).toContain('/shows/luke-cage')
    expect(sitemap).not.toContain(DRAFT_SLUG)
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:')
  })

  test('should show a character page and a show page built from the canon', async ({ page }) => {
    await page.goto('/characters/danny-rand')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danny Rand')
    await expect(page.getByText('Also known as Iron Fist')).toBeVisible()
    await expect(page.getByText('Played by Finn Jones')).toBeVisible()
    await page.getByRole('link', { name: 'Luke Cage', exact: true }).click()
    await expect(page).toHaveURL(/\/shows\/luke-cage$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luke Cage')
    await expect(page.getByText(/Season 2 · premiered June 22, 2018/)).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'Characters' }).getByRole('link', { name: 'Bushmaster' }),
    ).toBeVisible()
    expect((await page.goto('/shows/no-such-show'))?.status()).toBe(404)
  })

  test('should find articles by a tagged alias but never by body text', async ({ page }) => {
    await page.goto('/search')
    await page.getByLabel('Search articles, characters and shows').fill('iron fist')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect(
      page.getByRole('link', { name: 'Is Jessica Jones in Luke Cage Season 2?' }),
    ).toBeVisible()
    await page.goto('/search?q=mechanical%20replacement')
    await expect(page.getByRole('status')).toHaveText('Nothing matches “mechanical replacement”.')
  })

  for (const path of [
    '/',
    EXPLAINER,
    '/characters/claire-temple',
    '/shows/luke-cage',
    '/search?q=claire',
  ]) {
    test(`should have no serious or critical accessibility violations on ${path}`, async ({
      page,
    }) => {
      await page.goto(path)
      const results = await new AxeBuilder({ page }).analyze()
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      )
      expect(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([])
    })
  }
})
