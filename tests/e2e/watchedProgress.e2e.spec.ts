import { expect, type Locator, test } from '@playwright/test'

const EXPLAINER = '/articles/is-jessica-jones-in-luke-cage-season-2'

/** Width and height of every visible control in `scope`, labelled for the failure message. */
const controlSizes = (scope: Locator) =>
  scope.locator('select, input, button').evaluateAll((elements) =>
    elements
      .filter((element) => (element as HTMLElement).offsetParent !== null)
      .filter((element) => getComputedStyle(element).visibility !== 'hidden')
      .map((element) => {
        const rect = element.getBoundingClientRect()
        const name =
          element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName
        return { name: `${element.tagName.toLowerCase()} ${name}`.slice(0, 60), ...rect.toJSON() }
      }),
  )

test.describe('"I’ve watched up to…" on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('should ask only for the season and episode on a show page, with finger-sized controls', async ({
    page,
  }) => {
    await page.goto('/shows/luke-cage')
    const control = page.getByRole('group', { name: 'I’ve watched Luke Cage up to…' })
    await expect(control).toBeVisible()
    await expect(control.getByLabel('Show')).toHaveCount(0)
    await expect(control.getByLabel('Season')).toBeVisible()
    await expect(control.getByLabel('Episode (optional)')).toBeVisible()

    const sizes = await controlSizes(page.locator('.watched-progress'))
    expect(sizes.length).toBeGreaterThanOrEqual(3)
    for (const size of sizes) {
      expect(size.height, size.name).toBeGreaterThanOrEqual(44)
      expect(size.width, size.name).toBeGreaterThanOrEqual(44)
    }
  })

  test('should not move the page when progress is saved, cleared or found on reload', async ({
    page,
  }) => {
    await page.goto('/shows/luke-cage')
    const box = page.locator('.watched-progress')
    const next = page.getByRole('heading', { name: 'Seasons', level: 2 })
    const layout = async () => ({
      height: (await box.boundingBox())!.height,
      nextTop: (await next.boundingBox())!.y,
    })
    const before = await layout()

    await box.getByLabel('Season').selectOption({ label: 'Season 2' })
    await box.getByLabel('Episode (optional)').fill('10')
    await box.getByRole('button', { name: 'Save progress' }).click()
    await expect(box).toContainText('Luke Cage: up to Season 2 Episode 10')
    expect(await layout()).toEqual(before)

    // Found on the next visit: hydration fills in the saved progress without a shift.
    await page.reload()
    await expect(box).toContainText('Luke Cage: up to Season 2 Episode 10')
    expect(await layout()).toEqual(before)

    await box.getByRole('button', { name: 'Clear Luke Cage' }).click()
    await expect(box).toContainText('Luke Cage: nothing saved on this device')
    expect(await layout()).toEqual(before)
  })

  test('should give the article banner’s controls the same finger-sized targets', async ({
    page,
  }) => {
    await page.goto(EXPLAINER)
    const banner = page.getByRole('complementary', { name: 'Spoiler warning' })
    await expect(banner.getByRole('button', { name: 'Reveal all spoilers' })).toBeVisible()
    const sizes = await controlSizes(banner)
    expect(sizes.length).toBeGreaterThanOrEqual(4)
    for (const size of sizes) {
      expect(size.height, size.name).toBeGreaterThanOrEqual(44)
      expect(size.width, size.name).toBeGreaterThanOrEqual(44)
    }
  })
})
