import { expect, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { loginToAdmin } from '../helpers/login'
import { setUpStaffApi } from '../helpers/staffApi'

// The schedule drawer reads and writes times in the browser's zone.
test.use({ timezoneId: 'UTC' })

/** The schedule drawer's typed date format, "MMM d, yyyy h:mm a", in UTC. */
const formatForPicker = (date: Date): string => {
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
  const hours = date.getUTCHours()
  const minutes = String(date.getUTCMinutes()).padStart(2, '0')
  const hour12 = hours % 12 === 0 ? 12 : hours % 12
  return `${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} ${hour12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`
}

test.describe('scheduled publishing', () => {
  const staff = setUpStaffApi()

  test('should publish an article an editor schedules a minute ahead, with nobody clicking', async ({
    page,
  }) => {
    // Up to a minute to reach the scheduled minute, then up to a minute for the runner's tick.
    test.setTimeout(5 * 60_000)
    const suffix = Date.now().toString(36)
    const api = staff.api()
    const article = await staff.createDraft(`Scheduled by an editor ${suffix}`)
    expect((await api.get(`/articles/${article.slug}`)).status()).toBe(404)

    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    await page.goto(`/admin/collections/articles/${article.id}`)
    await page.locator('.btn--withPopup .popup-button').first().click()
    await page.locator('#schedule-publish').click()

    // The first whole minute at least 60 s from now (the picker has minute resolution).
    const publishAt = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000)
    const drawer = page.locator('.schedule-publish')
    // For a never-published draft the drawer preselects "Unpublish"; the editor picks "Publish".
    await drawer.getByText('Publish', { exact: true }).click()
    const input = drawer.locator('.react-datepicker__input-container input')
    await input.fill(formatForPicker(publishAt))
    // Enter takes the typed date and closes the calendar; Escape would close the whole drawer.
    await input.press('Enter')
    await drawer.locator('#scheduled-publish-save').click()
    await expect(page.getByText('Scheduled successfully')).toBeVisible()
    const scheduled = Date.now()

    // Nobody touches anything: the in-process runner publishes it on its next minute tick.
    // This part must pass; a runner that never publishes fails the test outright.
    await expect
      .poll(
        async () => {
          const stored = await api.get(`/api/articles/${article.id}?depth=0`)
          return ((await stored.json()) as { _status?: string })._status
        },
        { timeout: 3 * 60_000, intervals: [5_000] },
      )
      .toBe('published')
    test.info().annotations.push({
      type: 'timing',
      description: `stored as published ${Math.round((Date.now() - publishAt.getTime()) / 1000)} s after its time`,
    })
    // The job's save runs outside any request; it revalidates through /next/revalidate, so
    // the 404 cached before the publish gives way to the article by itself.
    await expect
      .poll(async () => (await api.get(`/articles/${article.slug}`)).status(), {
        timeout: 60_000,
        intervals: [2_000],
      })
      .toBe(200)
    const html = await (await api.get(`/articles/${article.slug}`)).text()
    expect(html).toContain(`Scheduled by an editor ${suffix}`)
    expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime())
    test.info().annotations.push({
      type: 'timing',
      description: `published ${Math.round((Date.now() - publishAt.getTime()) / 1000)} s after its time (${Math.round((Date.now() - scheduled) / 1000)} s after scheduling)`,
    })
  })
})
