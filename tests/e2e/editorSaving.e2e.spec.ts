import { expect, type Page, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { loginToAdmin } from '../helpers/login'
import { setUpStaffApi } from '../helpers/staffApi'

/**
 * Issue 13, item 2: a save that fails, autosave or "Publish", stays on screen as
 * "Not saved: <reason>" until a save succeeds. Payload showed a toast that faded, and its
 * status line kept saying "Last saved".
 */
const bodyEditor = (page: Page) =>
  page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()

test.describe('a failed save stays visible until a save succeeds', () => {
  const staff = setUpStaffApi()

  test.beforeEach(async ({ page }) => {
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
  })

  test('should say "Not saved: <reason>" after a refused autosave, and "Last saved" only after one succeeds', async ({
    page,
  }) => {
    const article = await staff.createDraft(`Refused autosave ${Date.now().toString(36)}`)
    await page.goto(`/admin/collections/articles/${article.id}`)
    await expect(bodyEditor(page)).toContainText('Test body text.')
    await page.waitForLoadState('networkidle')

    // The server refuses every save of this article, as it did long tag-heavy articles (413).
    const saves = `**/api/articles/${article.id}?*`
    await page.route(saves, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 413,
            contentType: 'application/json',
            body: JSON.stringify({ errors: [{ message: 'Multipart limit has been reached' }] }),
          })
        : route.continue(),
    )
    await bodyEditor(page).click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' A sentence the server will not take.')

    const notSaved = page.getByRole('alert').filter({ hasText: 'Not saved:' })
    await expect(notSaved).toHaveText('Not saved: Multipart limit has been reached')
    await expect(page.locator('.doc-controls').getByText(/last saved/i)).toBeHidden()
    // Long after Payload's toast would have gone, it is still there.
    await page.waitForTimeout(6_000)
    await expect(notSaved).toBeVisible()
    await expect(page.locator('.doc-controls').getByText(/last saved/i)).toBeHidden()

    // A save that gets through clears it.
    await page.unroute(saves)
    await page.keyboard.type(' And one it will.')
    await expect(notSaved).toHaveCount(0, { timeout: 15_000 })
    await expect(page.locator('.doc-controls').getByText(/last saved/i)).toBeVisible()
  })

  test('should say "Not saved" when "Publish changes" cannot reach the server', async ({
    page,
  }) => {
    const article = await staff.createDraft(`Unreachable publish ${Date.now().toString(36)}`)
    await page.goto(`/admin/collections/articles/${article.id}`)
    await expect(bodyEditor(page)).toContainText('Test body text.')
    await page.waitForLoadState('networkidle')

    const saves = `**/api/articles/${article.id}?*`
    await page.route(saves, (route) =>
      route.request().method() === 'PATCH' ? route.abort('connectionrefused') : route.continue(),
    )
    await page.getByRole('button', { name: /publish changes/i }).click()
    const notSaved = page.getByRole('alert').filter({ hasText: 'Not saved:' })
    await expect(notSaved).toHaveText('Not saved: the server could not be reached')
    await page.waitForTimeout(6_000)
    await expect(notSaved).toBeVisible()

    await page.unroute(saves)
    await page.getByRole('button', { name: /publish changes/i }).click()
    await expect(page.getByText(/successfully/i).first()).toBeVisible()
    await expect(notSaved).toHaveCount(0)
  })
})
