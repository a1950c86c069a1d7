import { type APIRequestContext, expect, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph } from '../../src/seed/lexical'
import { loginToAdmin } from '../helpers/login'
import { adminApi, deleteDocuments } from '../helpers/staffApi'

/**
 * SECURITY.md #8: draft mode renders the article from the database for the signed-in editor,
 * while readers get the cached published page. Interleaving the two, several times, must never
 * put draft-only text into a reader's response (cache poisoning), nor hide the draft from the
 * editor.
 */
test.describe('draft mode and readers on one article, interleaved', () => {
  let api: APIRequestContext
  const ids: Array<number | string> = []
  const suffix = Date.now().toString(36)
  const PUBLISHED_TEXT = `Published text ${suffix} that readers may see.`
  const DRAFT_TEXT = `Draft-only text ${suffix} that no reader may see.`
  const UNPUBLISHED_TITLE = `Never published ${suffix}`
  let slug = ''
  let unpublishedSlug = ''

  test.beforeAll(async () => {
    api = await adminApi()
    const published = await api.post('/api/articles', {
      data: {
        title: `Interleaved ${suffix}`,
        dek: 'A test summary.',
        body: doc(paragraph(PUBLISHED_TEXT)),
        _status: 'published',
      },
    })
    expect(published.status()).toBe(201)
    const { doc: article } = (await published.json()) as { doc: { id: number; slug: string } }
    ids.push(article.id)
    slug = article.slug
    // A newer draft on top of the published version, as an editor's autosave leaves it.
    const draft = await api.patch(`/api/articles/${article.id}?draft=true`, {
      data: { body: doc(paragraph(DRAFT_TEXT)) },
    })
    expect(draft.status()).toBe(200)

    const unpublished = await api.post('/api/articles?draft=true', {
      data: { title: UNPUBLISHED_TITLE, dek: 'A test summary.', body: doc(paragraph(DRAFT_TEXT)) },
    })
    expect(unpublished.status()).toBe(201)
    const { doc: never } = (await unpublished.json()) as { doc: { id: number; slug: string } }
    ids.push(never.id)
    unpublishedSlug = never.slug
  })

  test.afterAll(async () => {
    await deleteDocuments(api, 'articles', ids)
    await api.dispose()
  })

  test('should show the editor the draft and readers only the published text, every time', async ({
    page,
    request,
    browser,
  }) => {
    const reader = await browser.newContext()
    const readerPage = await reader.newPage()
    try {
      // The reader goes first, so the published page is in the cache before draft mode starts.
      const first = await request.get(`/articles/${slug}`)
      expect(first.status()).toBe(200)
      expect(await first.text()).toContain(PUBLISHED_TEXT)

      await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
      await page.goto(`/next/preview?slug=${slug}`)
      await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`))

      for (let round = 1; round <= 4; round += 1) {
        await page.goto(`/articles/${slug}`)
        await expect(page.getByText(DRAFT_TEXT), `round ${round}: editor`).toBeVisible()

        const html = await (await request.get(`/articles/${slug}`)).text()
        expect(html, `round ${round}: reader request`).toContain(PUBLISHED_TEXT)
        expect(html, `round ${round}: reader request`).not.toContain(DRAFT_TEXT)

        await readerPage.goto(`/articles/${slug}`)
        await expect(readerPage.getByText(PUBLISHED_TEXT)).toBeVisible()
        await expect(readerPage.getByText(DRAFT_TEXT)).toHaveCount(0)

        // The never-published draft: the editor sees it, the reader gets a 404.
        await page.goto(`/articles/${unpublishedSlug}`)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(UNPUBLISHED_TITLE)
        const missing = await request.get(`/articles/${unpublishedSlug}`)
        expect(missing.status(), `round ${round}: reader, unpublished draft`).toBe(404)
        expect(await missing.text()).not.toContain(DRAFT_TEXT)
      }

      // After draft mode ends, the editor is a reader again.
      await page.goto('/next/exit-preview')
      await page.goto(`/articles/${slug}`)
      await expect(page.getByText(PUBLISHED_TEXT)).toBeVisible()
      await expect(page.getByText(DRAFT_TEXT)).toHaveCount(0)
    } finally {
      await reader.close()
    }
  })

  test('should show the published article, not a 404, to a draft-mode cookie left without a session', async ({
    page,
    context,
  }) => {
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    await page.goto(`/next/preview?slug=${slug}`)
    await expect(page.getByText(DRAFT_TEXT)).toBeVisible()
    // The session ends (expired, or logged out elsewhere) but the draft-mode cookie stays.
    const cookies = await context.cookies()
    expect(cookies.some((cookie) => cookie.name === '__prerender_bypass')).toBe(true)
    await context.clearCookies()
    await context.addCookies(cookies.filter((cookie) => cookie.name === '__prerender_bypass'))

    const response = await page.goto(`/articles/${slug}`)
    expect(response?.status()).toBe(200)
    await expect(page.getByText(PUBLISHED_TEXT)).toBeVisible()
    await expect(page.getByText(DRAFT_TEXT)).toHaveCount(0)
  })
})
