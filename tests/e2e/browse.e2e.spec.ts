import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(' ')}`)
}

const card = (page: Page, title: string) =>
  page.locator('.article-card').filter({ has: page.getByRole('link', { name: title }) })

test.describe('browsing the seeded site', () => {
  test('should mark home-page cards with the spoilers they carry, as the other lists do', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(card(page, 'Is Jessica Jones in Luke Cage Season 2?')).toContainText(
      'Spoilers: Luke Cage S2',
    )
    await expect(card(page, 'Will there be a Defenders Season 2?')).toContainText(
      'Spoilers: The Defenders',
    )
    // An article without warnings carries no badge.
    await expect(
      card(page, 'Claire Temple, the nurse who connects Marvel’s Netflix shows').locator(
        '.spoiler-badge',
      ),
    ).toHaveCount(0)
  })

  test('should lead from the header to every show, then to a show page', async ({ page }) => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Shows' })
      .click()
    await expect(page).toHaveURL(/\/shows$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shows')
    const names = await page.locator('.browse-list__name').allTextContents()
    expect(names).toEqual(['Daredevil', 'Iron Fist', 'Jessica Jones', 'Luke Cage', 'The Defenders'])
    await expect(page.locator('.browse-list__item').filter({ hasText: 'Luke Cage' })).toContainText(
      'Netflix · 2 seasons',
    )
    await page.getByRole('link', { name: 'Luke Cage', exact: true }).click()
    await expect(page).toHaveURL(/\/shows\/luke-cage$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Luke Cage')
  })

  test('should lead from the header to every character, with aliases and actors', async ({
    page,
  }) => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Characters' })
      .click()
    await expect(page).toHaveURL(/\/characters$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Characters')
    const names = await page.locator('.browse-list__name').allTextContents()
    expect(names).toContain('Danny Rand')
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    const danny = page.locator('.browse-list__item').filter({ hasText: 'Danny Rand' })
    await expect(danny).toContainText('Also known as Iron Fist')
    await expect(danny).toContainText('Played by Finn Jones')
    await danny.getByRole('link', { name: 'Danny Rand' }).click()
    await expect(page).toHaveURL(/\/characters\/danny-rand$/)
  })

  test('should answer 404 for index pages that do not exist', async ({ request }) => {
    for (const path of ['/characters?page=2', '/shows?page=0', '/shows?page=abc']) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
  })

  test('should find characters and shows by name, alias and actor, before the articles', async ({
    page,
  }) => {
    const results = () => page.locator('.compact-list > li')
    await page.goto('/search?q=iron%20fist')
    // The show "Iron Fist" and Danny Rand (alias "Iron Fist") lead, then the articles.
    await expect(results().nth(0)).toContainText('Iron Fist')
    await expect(results().nth(0)).toContainText('Show')
    await expect(results().nth(1).getByRole('link', { name: 'Danny Rand' })).toHaveAttribute(
      'href',
      '/characters/danny-rand',
    )
    await expect(results().nth(1)).toContainText('Character')
    await expect(
      page.getByRole('link', { name: 'Is Jessica Jones in Luke Cage Season 2?' }),
    ).toBeVisible()

    await page.goto('/search?q=finn%20jones')
    await expect(results()).toHaveCount(1)
    await expect(results().first().getByRole('link', { name: 'Danny Rand' })).toBeVisible()

    await page.goto('/search?q=luke%20cage')
    await expect(results().first().getByRole('link', { name: 'Luke Cage' })).toHaveAttribute(
      'href',
      '/shows/luke-cage',
    )
    // The draft about Bushmaster is never among them.
    await expect(page.getByText('Bushmaster: the villain built to match Luke Cage')).toHaveCount(0)
  })

  for (const path of ['/shows', '/characters', '/search?q=jessica']) {
    test(`should have no serious or critical accessibility violations on ${path}`, async ({
      page,
    }) => {
      await page.goto(path)
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})
