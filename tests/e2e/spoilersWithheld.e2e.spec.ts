import { expect, type Page, test } from '@playwright/test'

import { SEEDED_SPOILER_STRINGS } from '../../src/seed/articles'

/**
 * Issue 13 item 6: a hidden spoiler's words are not in anything a machine reads without asking
 * for them (the page's HTML with its head, OG tags and JSON-LD; the RSC payload a client-side
 * navigation fetches; the feed). They arrive on reveal, in one `noindex` request per article;
 * a reader without JavaScript follows a link to the article with its spoilers shown.
 */
const SLUG = 'is-jessica-jones-in-luke-cage-season-2'
const EXPLAINER = `/articles/${SLUG}`
const INLINE_SECRET = 'physical therapy'
const BLOCK_SECRET = 'mechanical replacement arm'

const expectNoSpoilerIn = (where: string, text: string) => {
  expect(text.length, `${where} is not empty`).toBeGreaterThan(200)
  for (const secret of SEEDED_SPOILER_STRINGS) {
    expect(text.includes(secret), `${where} contains "${secret}"`).toBe(false)
  }
}

const spoilerRequests = (page: Page): string[] => {
  const urls: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/spoilers')) urls.push(request.url())
  })
  return urls
}

test.describe('spoiler text withheld until a reader reveals it', () => {
  test('should keep every spoiler out of the HTML, the RSC payload and the feed', async ({
    request,
  }) => {
    expectNoSpoilerIn('the article HTML', await (await request.get(EXPLAINER)).text())
    const rsc = await request.get(EXPLAINER, { headers: { RSC: '1' } })
    expect(rsc.headers()['content-type']).toContain('text/x-component')
    expectNoSpoilerIn('the RSC payload', await rsc.text())
    expectNoSpoilerIn('the feed', await (await request.get('/feed.xml')).text())
  })

  test('should load the spoilers once, on reveal, from a noindex response', async ({ page }) => {
    const requested = spoilerRequests(page)
    await page.goto(EXPLAINER)
    await expect(page.getByRole('button', { name: /^Reveal spoiler/ })).toHaveCount(2)
    expect(requested).toEqual([])

    await page
      .getByRole('button', { name: /^Reveal spoiler/ })
      .first()
      .click()
    await expect(page.getByText(INLINE_SECRET)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Hide spoiler' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await page.getByRole('button', { name: 'Reveal all spoilers' }).click()
    await expect(page.getByText(BLOCK_SECRET)).toBeVisible()
    // A link inside a spoiler still leads to the character's page.
    await expect(page.locator('.spoiler__content a.character-tag').first()).toHaveAttribute(
      'href',
      /^\/characters\//,
    )
    expect(requested).toHaveLength(1)

    const response = await page.request.get(requested[0]!)
    expect(response.status()).toBe(200)
    expect(response.headers()['x-robots-tag']).toContain('noindex')
    expect(response.headers()['cache-control']).toMatch(/public/)
  })

  test('should give a reader without JavaScript a noindex page with the spoilers shown', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    try {
      await page.goto(EXPLAINER)
      await expect(page.getByText(INLINE_SECRET)).toHaveCount(0)
      await page
        .getByRole('link', { name: /show .*spoilers/i })
        .first()
        .click()
      await expect(page).toHaveURL(new RegExp(`${EXPLAINER}/spoilers$`))
      await expect(page.getByText(INLINE_SECRET)).toBeVisible()
      await expect(page.getByText(BLOCK_SECRET)).toBeVisible()
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    } finally {
      await context.close()
    }
  })

  test('should answer 404 for the spoilers of an article that does not exist', async ({
    request,
  }) => {
    expect((await request.get('/articles/no-such-article/spoilers.json')).status()).toBe(404)
    expect((await request.get('/articles/no-such-article/spoilers')).status()).toBe(404)
  })
})
