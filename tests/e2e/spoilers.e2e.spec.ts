import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { SEEDED_SPOILER_STRINGS } from '../../src/seed/articles'

const EXPLAINER = '/articles/is-jessica-jones-in-luke-cage-season-2'
const INLINE_SECRET = 'physical therapy'
const BLOCK_SECRET = 'mechanical replacement arm'

const spoilerButtons = (page: Page) =>
  page.getByRole('button', { name: 'Reveal spoiler for Luke Cage Season 2' })

test.describe('spoilers on the seeded explainer', () => {
  test('should show the spoiler banner above the body', async ({ page }) => {
    await page.goto(EXPLAINER)
    const banner = page.getByRole('complementary', { name: 'Spoiler warning' })
    await expect(banner).toContainText('Spoilers for Luke Cage Season 2 follow.')
    await expect(banner.getByRole('button', { name: 'Reveal all spoilers' })).toBeVisible()
  })

  test('should hide spoiler text from sight and from the accessibility tree until revealed', async ({
    page,
  }) => {
    await page.goto(EXPLAINER)
    const article = page.locator('article')
    await expect(spoilerButtons(page)).toHaveCount(2)
    const inline = spoilerButtons(page).first()
    await expect(inline).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByText(INLINE_SECRET)).toBeHidden()
    expect(await article.ariaSnapshot()).not.toContain(INLINE_SECRET)
    expect(await article.ariaSnapshot()).not.toContain(BLOCK_SECRET)

    // Keyboard: focus the button and press Enter.
    await inline.focus()
    await page.keyboard.press('Enter')
    const hide = page.getByRole('button', { name: 'Hide spoiler' })
    await expect(hide).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByText(INLINE_SECRET)).toBeVisible()
    expect(await article.ariaSnapshot()).toContain(INLINE_SECRET)
    // The other spoiler stays hidden.
    expect(await article.ariaSnapshot()).not.toContain(BLOCK_SECRET)

    await page.getByRole('button', { name: 'Reveal all spoilers' }).click()
    await expect(page.getByText(BLOCK_SECRET)).toBeVisible()
    expect(await article.ariaSnapshot()).toContain(BLOCK_SECRET)
  })

  test("should let a reader set their progress on the show page and reveal the explainer's spoilers", async ({
    page,
  }) => {
    await page.goto('/shows/luke-cage')
    const form = page.getByRole('region', { name: 'How far have you watched?' })
    await form.getByLabel('Season').selectOption({ label: 'Season 2' })
    await form.getByRole('button', { name: 'Save progress' }).click()
    await expect(form).toContainText('Luke Cage: up to the end of Season 2')

    await page.goto(EXPLAINER)
    await expect(page.getByText(INLINE_SECRET)).toBeVisible()
    await expect(spoilerButtons(page)).toHaveCount(0)
    await page.getByRole('button', { name: 'Clear Luke Cage' }).click()
    await expect(page.getByText(INLINE_SECRET)).toBeHidden()
  })

  test('should reveal Season 2 spoilers after "watched up to Season 2" and a reload, and hide them once cleared', async ({
    page,
  }) => {
    await page.goto(EXPLAINER)
    const banner = page.getByRole('complementary', { name: 'Spoiler warning' })
    // One warned show: the control names it instead of offering a one-item list.
    await expect(banner.getByRole('group', { name: 'I’ve watched Luke Cage up to…' })).toBeVisible()
    await banner.getByLabel('Season').selectOption({ label: 'Season 2' })
    await banner.getByRole('button', { name: 'Save progress' }).click()
    await expect(banner).toContainText('Luke Cage: up to the end of Season 2')

    await page.reload()
    await expect(page.getByText(INLINE_SECRET)).toBeVisible()
    await expect(page.getByText(BLOCK_SECRET)).toBeVisible()
    await expect(spoilerButtons(page)).toHaveCount(0)

    await page.getByRole('button', { name: 'Clear Luke Cage' }).click()
    await expect(page.getByText(INLINE_SECRET)).toBeHidden()
    await page.reload()
    await expect(spoilerButtons(page)).toHaveCount(2)
    await expect(page.getByText(INLINE_SECRET)).toBeHidden()
    await expect(page.getByText(BLOCK_SECRET)).toBeHidden()
  })

  test('should keep every seeded spoiler out of the page head', async ({ page }) => {
    const response = await page.goto(EXPLAINER)
    const html = (await response?.text()) ?? ''
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head.length).toBeGreaterThan(100)
    const rendered = await page.locator('head').innerHTML()
    for (const secret of SEEDED_SPOILER_STRINGS) {
      expect(head).not.toContain(secret)
      expect(rendered).not.toContain(secret)
    }
  })

  test('should have no serious or critical axe violations on an article with spoilers', async ({
    page,
  }) => {
    await page.goto(EXPLAINER)
    await expect(spoilerButtons(page)).toHaveCount(2)
    const results = await new AxeBuilder({ page }).analyze()
    const severe = results.violations.filter(
      (violation) => violation.impact === 'serious' || violation.impact === 'critical',
    )
    expect(severe.map(({ id, nodes }) => `${id}: ${nodes.map((n) => n.target).join(' ')}`)).toEqual(
      [],
    )
  })
})
