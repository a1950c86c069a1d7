import { expect, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { loginToAdmin } from '../helpers/login'
import { setUpStaffApi } from '../helpers/staffApi'

test.describe('live preview in the admin', () => {
  const staff = setUpStaffApi()

  test('should frame the draft through /next/preview, at mobile, tablet and desktop sizes', async ({
    page,
  }) => {
    const suffix = Date.now().toString(36)
    const title = `Live preview draft ${suffix}`
    const article = await staff.createDraft(title)

    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    await page.goto(`/admin/collections/articles/${article.id}`)
    await page.locator('#live-preview-toggler').click()

    const iframe = page.locator('iframe#live-preview-iframe')
    await expect(iframe).toHaveAttribute('src', new RegExp(`/next/preview\\?slug=${article.slug}$`))
    // The never-published draft renders inside the frame, through draft mode.
    await expect(
      page.frameLocator('iframe#live-preview-iframe').getByRole('heading', { level: 1 }),
    ).toHaveText(title, { timeout: 20_000 })

    for (const [label, width] of [
      ['Mobile', 375],
      ['Tablet', 768],
      ['Desktop', 1440],
    ] as const) {
      await page.locator('.live-preview-toolbar-controls__breakpoint').click()
      await page.getByRole('button', { name: label, exact: true }).click()
      await expect(page.locator('.live-preview-toolbar-controls__breakpoint')).toContainText(label)
      // The frame's own layout width, whatever zoom the toolbar applies around it.
      await expect.poll(() => iframe.evaluate((el) => el.clientWidth)).toBe(width)
    }
  })
})
