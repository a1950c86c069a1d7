import { expect, type Page, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph, spoiler } from '../../src/seed/lexical'
import { useCleanupAfterEach } from '../helpers/adminCleanup'
import { publishChanges, waitForAutosave } from '../helpers/autosave'
import { loginToAdmin } from '../helpers/login'
import { E2E_BASE_URL } from './env'

const bodyEditor = (page: Page) =>
  page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()

/** Selects the last paragraph, where each test types the words it marks. */
const selectLastParagraph = async (page: Page) => {
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Shift+Home')
}

/** Writes from the test's signed-in session; Payload wants a trusted Origin with cookies. */
const staffHeaders = { Origin: E2E_BASE_URL }

test.describe('spoilers in the article editor', () => {
  const keep = useCleanupAfterEach()

  /** Creates an article with the signed-in session; it is deleted after the test. */
  const createArticle = async (page: Page, data: Record<string, unknown>) => {
    const created = await page.request.post('/api/articles', { headers: staffHeaders, data })
    expect(created.status()).toBe(201)
    const { doc: article } = (await created.json()) as { doc: { id: number } }
    keep('articles', article.id)
    return article
  }

  test.beforeEach(async ({ page }) => {
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
  })

  test('should mark selected words as a Luke Cage Season 2 spoiler and hide them on the site', async ({
    page,
  }) => {
    // Made over REST and then opened: on a new article, the first autosave creates the
    // document and the admin reloads the editor from it, dropping any edit (here the
    // selection and the shortcut) made while that request was in flight.
    const title = `Inline spoiler ${Date.now().toString(36)}`
    const secret = 'Misty gets a new arm'
    const draft = await createArticle(page, {
      title,
      dek: 'A dek with no spoilers.',
      body: doc(paragraph('Safe words.'), paragraph(secret)),
    })
    await page.goto(`/admin/collections/articles/${draft.id}`)
    await expect(bodyEditor(page)).toContainText(secret)
    // The admin may still be settling the form it just loaded; select only once it is idle.
    await page.waitForLoadState('networkidle')
    await bodyEditor(page).click()
    await selectLastParagraph(page)
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(secret)
    await page.keyboard.press('Control+Shift+S')
    const marked = bodyEditor(page).locator('.inline-spoiler')
    await expect(marked).toHaveText(secret)

    // With the caret inside the spoiler, its scope card opens.
    await marked.click()
    const card = page.getByRole('group', { name: 'Spoiler scope' })
    await expect(card).toBeVisible()
    await card.getByLabel('Show').selectOption({ label: 'Luke Cage' })
    await card.getByLabel('Season').fill('2')
    // The tooltip names the show by its title, never its id.
    await expect(marked).toHaveAttribute('title', 'Spoiler: Luke Cage Season 2')
    await page.screenshot({ path: test.info().outputPath('inline-spoiler-editor.png') })

    await waitForAutosave(page, draft.id, '"season":2}')
    await publishChanges(page)

    const response = await page.request.get(`/api/articles/${draft.id}?depth=0`)
    const stored = JSON.stringify((await response.json()).body)
    expect(stored).toContain('"type":"inlineSpoiler"')
    expect(stored).toMatch(/"scope":\{"show":\d+,"season":2\}/)

    await page.goto('/')
    await page.getByRole('link', { name: title }).click()
    await expect(page.getByText('Safe words.')).toBeVisible()
    await expect(page.getByText(secret)).toBeHidden()
    await page.getByRole('button', { name: 'Reveal spoiler for Luke Cage Season 2' }).click()
    await expect(page.getByText(secret)).toBeVisible()
  })

  /**
   * Opens an article whose body hides `secret` (made over REST, so no autosave race can touch
   * the body while a field is edited), then types into `field` words that repeat it, and
   * words that do not.
   */
  const expectRepeatWarning = async (
    page: Page,
    check: {
      field: 'dek' | 'title'
      secret: string
      repeating: string
      excerpt: string
      clean: string
    },
  ) => {
    const title = `${check.field} check ${Date.now().toString(36)}`
    const article = await createArticle(page, {
      title,
      dek: 'A dek with no spoilers.',
      body: doc(paragraph('Intro. ', spoiler(check.secret))),
    })
    await page.goto(`/admin/collections/articles/${article.id}`)
    const input = page.locator(`#field-${check.field}`)
    const warning = page
      .getByRole('alert')
      .filter({ hasText: `The ${check.field} repeats a spoiler` })
    await expect(input).toHaveValue(check.field === 'dek' ? 'A dek with no spoilers.' : title)
    await expect(warning).toHaveCount(0)
    await input.fill(check.repeating)
    await expect(warning).toBeVisible()
    await expect(warning).toContainText(check.excerpt)
    await input.fill(check.clean)
    await expect(warning).toHaveCount(0)
  }

  test('should warn under the dek when it repeats a spoiler from the body', async ({ page }) => {
    await expectRepeatWarning(page, {
      field: 'dek',
      secret: 'Colleen helps Misty with physical therapy',
      repeating: 'How Colleen helps Misty with physical therapy.',
      excerpt: 'colleen helps misty with',
      clean: 'Who turns up in Harlem this season.',
    })
  })

  test('should warn under the title when it repeats a spoiler from the body (issue 13, item 5)', async ({
    page,
  }) => {
    await expectRepeatWarning(page, {
      field: 'title',
      secret: 'Bushmaster takes Harlem from Mariah',
      repeating: 'How Bushmaster takes Harlem from Mariah Dillard',
      excerpt: 'bushmaster takes harlem from',
      clean: 'Who runs Harlem this season?',
    })
  })

  test('should show an expired spoiler revealed with a marker, and soften the banner', async ({
    page,
  }) => {
    const shows = await page.request.get('/api/shows?where[slug][equals]=luke-cage&depth=0')
    const lukeCage = (await shows.json()).docs[0] as { id: number }
    const setPolicy = (softenAfterDays: number | null) =>
      page.request.post('/api/globals/spoiler-policy', {
        headers: staffHeaders,
        data: { softenAfterDays },
      })
    const explainer = '/articles/is-jessica-jones-in-luke-cage-season-2'
    const expiredOnExplainer = async () => {
      await page.goto(explainer)
      return page.locator('.spoiler--expired').count()
    }
    // The explainer is already built and cached with no policy: its spoilers are hidden.
    expect(await expiredOnExplainer()).toBe(0)
    expect((await setPolicy(30)).status()).toBe(200)
    // Changing the policy refreshes cached article pages: Season 2 premiered in 2018.
    await expect.poll(expiredOnExplainer).toBeGreaterThan(0)
    const slug = `expired-spoiler-${Date.now().toString(36)}`
    await createArticle(page, {
      title: `Expired spoiler ${slug}`,
      slug,
      dek: 'An old season, long out.',
      _status: 'published',
      spoilerWarnings: [{ show: lukeCage.id, season: 2 }],
      body: doc(
        paragraph('Old news: ', spoiler('Misty returns', { show: lukeCage.id, season: 2 })),
      ),
    })
    try {
      await page.goto(`/articles/${slug}`)
      await expect(page.getByText('Misty returns')).toBeVisible()
      await expect(page.locator('.spoiler--expired .spoiler__marker')).toHaveText('spoiler')
      await expect(page.getByText(/Discusses Luke Cage Season 2/)).toBeVisible()
      await expect(page.getByRole('complementary', { name: 'Spoiler warning' })).toHaveCount(0)
    } finally {
      expect((await setPolicy(null)).status()).toBe(200)
      await expect.poll(expiredOnExplainer).toBe(0)
    }
  })
})
