import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph, spoiler } from '../../src/seed/lexical'
import { idFromAdminUrl } from '../helpers/adminCleanup'
import { loginToAdmin } from '../helpers/login'
import {
  createEditor,
  deleteDocuments,
  E2E_STAFF_PASSWORD,
  setUpStaffApi,
} from '../helpers/staffApi'

/**
 * Issue 13, item 11: the admin as a finished product. Screenshots of the dashboard and the
 * editor are saved with the test results.
 */
const bodyEditor = (page: Page) =>
  page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()

/** What our code renders in the admin; Payload's own chrome is Payload's to fix. */
const OURS = [
  '.newsroom-dashboard',
  '.untagged-mentions',
  '.tagged-characters',
  '.merge-character',
  '.caret-card',
  '.save-status',
  '.view-article-link',
  '.authors-cell',
  '.spoiler-repeat-warning',
]

const seriousViolationsInOurParts = async (page: Page): Promise<string[]> => {
  let axe = new AxeBuilder({ page })
  let present = 0
  for (const selector of OURS) {
    if ((await page.locator(selector).count()) === 0) continue
    axe = axe.include(selector)
    present += 1
  }
  expect(present, 'some of our admin components on the page').toBeGreaterThan(0)
  const { violations } = await axe.analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

// The schedule drawer reads and writes times in the browser's zone.
test.use({ timezoneId: 'UTC' })

test.describe('the admin, finished', () => {
  const staff = setUpStaffApi()

  test('should brand the admin and open on a dashboard of drafts, scheduled pieces and "New article"', async ({
    page,
  }) => {
    const draftTitle = `Dashboard scheduled ${Date.now().toString(36)}`
    const draft = await staff.createDraft(draftTitle)
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    // Schedule it through Payload's own drawer, a week ahead.
    await page.goto(`/admin/collections/articles/${draft.id}`)
    await page.locator('.btn--withPopup .popup-button').first().click()
    await page.locator('#schedule-publish').click()
    const drawer = page.locator('.schedule-publish')
    await drawer.getByText('Publish', { exact: true }).click()
    const weekAhead = new Date(Date.now() + 7 * 24 * 3600_000)
    const month = weekAhead.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })
    const input = drawer.locator('.react-datepicker__input-container input')
    // The drawer's typed format, "MMM d, yyyy h:mm a", in the browser's zone (UTC here).
    await input.fill(`${month} ${weekAhead.getUTCDate()}, ${weekAhead.getUTCFullYear()} 9:00 AM`)
    await input.press('Enter')
    await drawer.locator('#scheduled-publish-save').click()
    await expect(page.getByText('Scheduled successfully')).toBeVisible()

    await page.goto('/admin')
    await expect(page).toHaveTitle(/Spoilerproof$/)
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute(
      'href',
      /^data:image\/svg\+xml/,
    )
    await expect(page.locator('.spoilerproof-icon').first()).toBeVisible()
    const dashboard = page.getByRole('region', { name: 'Newsroom' })
    const drafts = dashboard.getByRole('region', { name: 'Recent drafts' })
    await expect(drafts.getByRole('link', { name: draftTitle })).toBeVisible()
    await expect(
      drafts.getByRole('link', { name: 'Bushmaster: the villain built to match Luke Cage' }),
    ).toBeVisible()
    const scheduled = dashboard.getByRole('region', { name: 'Scheduled' })
    await expect(scheduled.getByRole('listitem').filter({ hasText: draftTitle })).toContainText(
      'Publishes',
    )
    await page.screenshot({ path: test.info().outputPath('dashboard.png'), fullPage: true })
    expect(await seriousViolationsInOurParts(page)).toEqual([])

    await dashboard.getByRole('link', { name: 'New article' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+$/)
    // Left untouched, it is a blank draft; the list must not show it.
    const blankId = idFromAdminUrl(page)
    staff.keepArticle(blankId)
    await page.goto('/admin/collections/articles')
    await expect(page.locator('.table')).toBeVisible()
    await expect(page.getByText('<No Title>')).toHaveCount(0)
    await expect(page.locator(`a[href$="/admin/collections/articles/${blankId}"]`)).toHaveCount(0)

    // The login page carries the name too.
    await page.context().clearCookies()
    await page.goto('/admin/login')
    await expect(page.locator('.spoilerproof-logo')).toContainText('Spoilerproof')
  })

  test('should offer "View article" once published, and show the editor’s tools like Payload’s own', async ({
    page,
  }) => {
    const shows = await staff.api().get('/api/shows?where[slug][equals]=luke-cage&depth=0')
    const lukeCage = ((await shows.json()) as { docs: Array<{ id: number }> }).docs[0]!.id
    const created = await staff.api().post('/api/articles?draft=true', {
      data: {
        title: `Finished editor ${Date.now().toString(36)}`,
        dek: 'A dek.',
        body: doc(
          paragraph('Claire Temple and Misty Knight are back.'),
          paragraph('At the end, ', spoiler('Misty gets a new arm', { show: lukeCage, season: 2 })),
        ),
      },
    })
    expect(created.status()).toBe(201)
    const { doc: article } = (await created.json()) as { doc: { id: number; slug: string } }
    try {
      await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
      await page.goto(`/admin/collections/articles/${article.id}`)
      await expect(bodyEditor(page)).toContainText('Misty gets a new arm')
      await page.waitForLoadState('networkidle')
      const view = page.getByRole('link', { name: 'View article' })
      await expect(view).toHaveCount(0)

      // The spoiler's scope card: opens in the spoiler, closes on a click elsewhere, and never
      // covers the mentions panel below the editor.
      await bodyEditor(page).locator('.inline-spoiler').click()
      const card = page.getByRole('group', { name: 'Spoiler scope' })
      await expect(card).toBeVisible()
      const panel = page.getByRole('region', { name: 'Untagged mentions' })
      const cardBox = (await card.boundingBox())!
      const panelBox = (await panel.boundingBox())!
      expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(panelBox.y)
      await page.screenshot({ path: test.info().outputPath('editor.png'), fullPage: true })
      expect(await seriousViolationsInOurParts(page)).toEqual([])
      await page.locator('#field-title').click()
      await expect(card).toHaveCount(0)

      // The derived Characters field: names, and no dead remove or edit controls.
      await page
        .getByRole('region', { name: 'Untagged mentions' })
        .getByRole('button', { name: /Tag all/ })
        .click()
      const characters = page.locator('.tagged-characters')
      await expect(characters.getByRole('link')).toHaveText(['Claire Temple', 'Misty Knight'], {
        timeout: 15_000,
      })
      await expect(characters.locator('button, [role="button"]')).toHaveCount(0)

      await page.getByRole('button', { name: /publish changes/i }).click()
      await expect(page.getByText(/successfully/i).first()).toBeVisible()
      await expect(view).toHaveAttribute('href', `/articles/${article.slug}`)
      await expect(view).toHaveAttribute('target', '_blank')
    } finally {
      await deleteDocuments(staff.api(), 'articles', [article.id])
    }
  })

  test('should list Authors and Shows, and keep the search index and settings out of an editor’s way', async ({
    browser,
  }) => {
    const editor = await createEditor(staff.api(), `List Editor ${Date.now().toString(36)}`)
    // axe needs a page from a context of its own.
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      await loginToAdmin({ page, email: editor.email, password: E2E_STAFF_PASSWORD })
      await page.goto('/admin/collections/articles')
      const headers = page.locator('.table thead th')
      await expect(headers.filter({ hasText: 'Authors' })).toHaveCount(1)
      await expect(headers.filter({ hasText: 'Shows' })).toHaveCount(1)
      // An editor may not read other people's accounts; the column still names the author.
      const explainer = page.locator('.table tbody tr').filter({
        hasText: 'Is Jessica Jones in Luke Cage Season 2?',
      })
      await expect(explainer.locator('.authors-cell')).toHaveText('Nadia Okafor')
      await expect(explainer).toContainText('Luke Cage')
      expect(await seriousViolationsInOurParts(page)).toEqual([])

      await page.goto('/admin')
      const nav = page.locator('nav').first()
      await page.getByRole('button', { name: /open menu/i }).click()
      await expect(nav.getByRole('link', { name: 'Articles' })).toBeVisible()
      await expect(nav.getByRole('link', { name: 'Search Results' })).toHaveCount(0)
      await expect(nav).not.toContainText('Globals')
      await expect(nav).toContainText('Settings')
      await expect(nav.getByRole('link', { name: 'Spoiler policy' })).toBeVisible()

      // The merge panel, drawn like Payload's fields, has no serious axe findings either.
      const claire = await staff.api().get('/api/characters?where[slug][equals]=claire-temple')
      const claireId = ((await claire.json()) as { docs: Array<{ id: number }> }).docs[0]!.id
      await page.goto(`/admin/collections/characters/${claireId}`)
      await expect(page.getByLabel('Merge into another character')).toBeVisible()
      expect(await seriousViolationsInOurParts(page)).toEqual([])
    } finally {
      await context.close()
      await deleteDocuments(staff.api(), 'users', [editor.id])
    }
  })
})
