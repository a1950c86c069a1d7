import { expect, test } from '@playwright/test'

test.describe('public site on the seeded demo', () => {
  test('should list the published articles on the home page, newest first, without the draft', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Latest' })).toBeVisible()
    const seededTitles = [
      'Is Jessica Jones in Luke Cage Season 2?',
      'Claire Temple, the nurse who connects Marvel’s Netflix shows',
      'Will there be a Defenders Season 2?',
    ]
    const titles = await page.locator('.article-card__title').allTextContents()
    expect(titles.filter((title) => seededTitles.includes(title))).toEqual(seededTitles)
    await expect(page.getByText('Bushmaster: the villain built to match Luke Cage')).toHaveCount(0)
  })

  test('should render an article with its title, dek, byline, date, hero image and body', async ({
    page,
  }) => {
    await page.goto('/')
    await page.getByRole('link', { name: 'Is Jessica Jones in Luke Cage Season 2?' }).click()
    await expect(page).toHaveURL(/\/articles\/is-jessica-jones-in-luke-cage-season-2$/)
    await expect(page).toHaveTitle(/Is Jessica Jones in Luke Cage Season 2\?/)

    const article = page.locator('article')
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(
      'Is Jessica Jones in Luke Cage Season 2?',
    )
    await expect(article.getByText(/^Short answer: no\./)).toBeVisible()
    await expect(article.locator('.byline')).toContainText(/By \w+/)
    await expect(article.locator('.byline time')).toHaveAttribute('datetime', /\d{4}-\d{2}-\d{2}T/)

    const hero = article.getByRole('img', { name: /Luke Cage explainer/ })
    await expect(hero).toBeVisible()
    // The first request for an image size is optimised on demand; wait for it to arrive.
    await expect
      .poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true)

    await expect(article.getByRole('heading', { level: 2, name: 'So who is in it?' })).toBeVisible()
    await expect(
      article.getByRole('listitem').filter({ hasText: 'Mariah Dillard and Bushmaster' }),
    ).toBeVisible()
  })

  test('should answer 404 for a draft article and for an unknown slug', async ({ page }) => {
    const draft = await page.goto('/articles/bushmaster-the-villain-built-to-match-luke-cage')
    expect(draft?.status()).toBe(404)
    await expect(page.getByText('Mustafa Shakir plays him')).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()

    const unknown = await page.goto('/articles/no-such-article')
    expect(unknown?.status()).toBe(404)
  })

  test('should keep the draft out of the public REST API', async ({ request }) => {
    const response = await request.get(
      '/api/articles?where[slug][equals]=bushmaster-the-villain-built-to-match-luke-cage',
    )
    expect(response.status()).toBe(200)
    expect((await response.json()).docs).toHaveLength(0)
  })
})
