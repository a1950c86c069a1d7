import { expect, type Page, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph, spoiler } from '../../src/seed/lexical'
import { loginToAdmin } from '../helpers/login'
import { setUpStaffApi } from '../helpers/staffApi'

const frame = (page: Page) => page.frameLocator('iframe#live-preview-iframe')

/** Opens an article in the admin with the live preview pane on (it is remembered per user). */
const openLivePreview = async (page: Page, id: number | string) => {
  await page.goto(`/admin/collections/articles/${id}`)
  const iframe = page.locator('iframe#live-preview-iframe')
  await expect(page.locator('#live-preview-toggler')).toBeVisible()
  if ((await iframe.count()) === 0) await page.locator('#live-preview-toggler').click()
  await expect(iframe).toBeVisible()
  return iframe
}

test.describe('live preview in the admin', () => {
  const staff = setUpStaffApi()

  test('should frame the draft through /next/preview, at mobile, tablet and desktop sizes', async ({
    page,
  }) => {
    const suffix = Date.now().toString(36)
    const title = `Live preview draft ${suffix}`
    const article = await staff.createDraft(title)

    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    const iframe = await openLivePreview(page, article.id)
    await expect(iframe).toHaveAttribute('src', new RegExp(`/next/preview\\?slug=${article.slug}$`))
    // The never-published draft renders inside the frame, through draft mode.
    await expect(frame(page).getByRole('heading', { level: 1 })).toHaveText(title, {
      timeout: 20_000,
    })

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

  test('should follow the edits in the frame after each autosave', async ({ page }, testInfo) => {
    const article = await staff.createDraft(`Live edits ${Date.now().toString(36)}`)
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    await openLivePreview(page, article.id)
    const heading = frame(page).getByRole('heading', { level: 1 })
    await expect(heading).toHaveText(/^Live edits /, { timeout: 20_000 })

    for (const edit of ['first', 'second']) {
      const title = `Retitled in the editor, ${edit} pass`
      const autosaved = page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' &&
          response.url().includes(`/api/articles/${article.id}`) &&
          response.url().includes('autosave=true') &&
          response.ok(),
      )
      await page.locator('#field-title').fill(title)
      await autosaved
      const savedAt = Date.now()
      // Without a reload of the frame: the page re-renders itself from the newest draft.
      await expect(heading).toHaveText(title)
      const lag = Date.now() - savedAt
      testInfo.annotations.push({ type: 'autosave → frame', description: `${lag} ms (${edit})` })
      console.log(`live preview: frame showed the ${edit} edit ${lag} ms after its autosave`)
    }
  })

  test('should keep the spoiler scope card inside the editing pane', async ({ page }) => {
    // Many one-word spoilers, so one of them sits at the right end of a line.
    const words = ['Luke', 'Claire', 'Misty', 'Danny', 'Colleen', 'Mariah', 'Shades', 'Tilda']
    const body = doc(
      paragraph(...words.flatMap((name) => [`${name} meets `, spoiler(['someone']), ' and then '])),
    )
    const article = await staff.createDraft(`Scope card ${Date.now().toString(36)}`, body)
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    await openLivePreview(page, article.id)

    const spoilers = page.locator('.rich-text-lexical .inline-spoiler')
    await expect(spoilers).toHaveCount(words.length)
    const rightmost = await spoilers.evaluateAll((elements) => {
      const lefts = elements.map((element) => element.getBoundingClientRect().left)
      return lefts.indexOf(Math.max(...lefts))
    })
    await spoilers.nth(rightmost).click()
    const card = page.getByRole('group', { name: 'Spoiler scope' })
    await expect(card).toBeVisible()

    const box = (await card.boundingBox())!
    const pane = (await page.locator('.live-preview-window').boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x)
    // Nothing covers or clips its corners: what is drawn there is the card itself.
    for (const [x, y] of [
      [box.x + 2, box.y + 2],
      [box.x + box.width - 2, box.y + 2],
      [box.x + box.width - 2, box.y + box.height - 2],
    ]) {
      const isCard = await card.evaluate(
        (element, point) => element.contains(document.elementFromPoint(point.x, point.y)),
        { x, y },
      )
      expect(isCard, `the card at ${Math.round(x)},${Math.round(y)}`).toBe(true)
    }
  })

  test('should send a logged-out colleague to the login page, then on to the preview', async ({
    page,
  }) => {
    const title = `Shared preview ${Date.now().toString(36)}`
    const article = await staff.createDraft(title)
    const link = `/next/preview?slug=${article.slug}`

    await page.goto(link)
    await expect(page).toHaveURL(/\/admin\/login\?redirect=/)
    await page.locator('#field-email').fill(DEMO_EDITOR.email)
    await page.locator('#field-password').fill(DEMO_EDITOR.password)
    await page.getByRole('button', { name: 'Login' }).click()

    await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}$`), { timeout: 30_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  })
})
