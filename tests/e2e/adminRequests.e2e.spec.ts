import { expect, type Page, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { loginToAdmin } from '../helpers/login'

/** Every API request the page makes that is answered with an error, as `status METHOD url`. */
const collectRefusals = (page: Page): string[] => {
  const refused: string[] = []
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.pathname.startsWith('/api/') && response.status() >= 400) {
      refused.push(
        `${response.status()} ${response.request().method()} ${url.pathname}${url.search}`,
      )
    }
  })
  return refused
}

test.describe('the admin within the API limits (page size, where size, input checks)', () => {
  test('should load list cells, relationship fields and pickers without any of its own requests refused', async ({
    page,
  }) => {
    const refused = collectRefusals(page)
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })

    // A relationship column: its cells load the shows' titles by id (limit=250 over REST).
    const columns = encodeURIComponent(JSON.stringify(['title', 'shows', '_status']))
    await page.goto(`/admin/collections/articles?columns=${columns}&limit=100`)
    const row = page.getByRole('row', { name: /Is Jessica Jones in Luke Cage Season 2\?/ })
    await expect(row).toContainText('The Defenders')

    // The relationship field loads its labels by id, and its picker searches page by page.
    await row.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/articles\/[\w-]+$/)
    const shows = page.locator('#field-shows')
    await expect(shows).toContainText('Luke Cage')
    await shows.getByRole('combobox').fill('Dare')
    await expect(page.getByRole('option', { name: 'Daredevil' })).toBeVisible()
    await page.keyboard.press('Escape')

    // The characters list and a character with its articles join.
    await page.goto('/admin/collections/characters?limit=100')
    await page.getByRole('link', { name: 'Luke Cage', exact: true }).first().click()
    await expect(page.getByText('Is Jessica Jones in Luke Cage Season 2?').first()).toBeVisible()

    expect(refused).toEqual([])
  })
})
