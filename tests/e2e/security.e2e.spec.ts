import { expect, test } from '@playwright/test'

import { E2E_BASE_URL } from './env'

const SEEDED_ARTICLE = '/articles/is-jessica-jones-in-luke-cage-season-2'
const SEEDED_DRAFT_SLUG = 'bushmaster-the-villain-built-to-match-luke-cage'

test.describe('security over real HTTP (next start)', () => {
  test('should send the security headers on pages, the admin and the API', async ({ request }) => {
    for (const path of ['/', SEEDED_ARTICLE, '/no-such-page', '/admin/login', '/api/articles']) {
      const response = await request.get(path)
      const headers = response.headers()
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
      expect(headers['x-frame-options'], path).toBe('SAMEORIGIN')
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'self'")
      expect(headers['x-powered-by'], path).toBeUndefined()
    }
  })

  test('should send nosniff with uploaded images', async ({ request }) => {
    const { docs } = (await (await request.get('/api/media?limit=1')).json()) as {
      docs: Array<{ url: string }>
    }
    expect(docs.length).toBeGreaterThan(0)
    const file = await request.get(docs[0].url)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toMatch(/^image\//)
    expect(file.headers()['x-content-type-options']).toBe('nosniff')
  })

  test('should let the site be framed by itself but not by another origin', async ({ page }) => {
    const frameArticle = async (pageOrigin: string) => {
      await page.goto(new URL('/no-such-page', pageOrigin).href)
      const src = new URL(SEEDED_ARTICLE, E2E_BASE_URL).href
      await page.evaluate((url) => {
        const iframe = document.createElement('iframe')
        iframe.id = 'preview'
        iframe.src = url
        document.body.append(iframe)
      }, src)
      return page.frameLocator('#preview').getByRole('heading', { level: 1 })
    }

    // The live preview case: the site framed from its own origin.
    await expect(await frameArticle(E2E_BASE_URL)).toBeVisible()

    // localhost and 127.0.0.1 are different origins to the browser: a stand-in for evil.example.
    const otherOrigin = E2E_BASE_URL.replace('127.0.0.1', 'localhost')
    const refusal = page.waitForEvent('console', (message) =>
      message.text().includes('frame-ancestors'),
    )
    const blocked = await frameArticle(otherOrigin)
    await refusal
    await expect(blocked).toHaveCount(0)
  })

  test('should keep access checks on a request carrying x-middleware-subrequest', async ({
    request,
  }) => {
    const headers = {
      'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware',
    }
    const drafts = await request.get(`/api/articles?where[slug][equals]=${SEEDED_DRAFT_SLUG}`, {
      headers,
    })
    expect((await drafts.json()).docs).toHaveLength(0)
    expect((await request.get('/api/users', { headers })).status()).toBe(403)
    const draftPage = await request.get(`/articles/${SEEDED_DRAFT_SLUG}`, { headers })
    expect(draftPage.status()).toBe(404)
  })

  test('should refuse a 5 MB body and a 10,000-term where, and keep serving', async ({
    request,
  }) => {
    const body = await request.post('/api/articles', {
      data: { title: 'Too big', dek: 'x'.repeat(5 * 1024 * 1024) },
    })
    // Anonymous: refused for access or for size, never accepted and never a 500.
    expect([403, 413]).toContain(body.status())

    const ids = Array.from({ length: 10_000 }, (_, index) => index + 1).join(',')
    const where = await request.get(`/api/articles?where[id][in]=${ids}`)
    expect([400, 414, 431]).toContain(where.status())

    expect((await request.get('/')).status()).toBe(200)
  })
})
