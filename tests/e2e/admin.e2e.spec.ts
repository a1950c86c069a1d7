import { expect, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { deleteDocument, idFromAdminUrl, useCleanupAfterEach } from '../helpers/adminCleanup'
import { publishChanges, waitForAutosave } from '../helpers/autosave'
import { loginToAdmin } from '../helpers/login'

test.describe('editor workflow in /admin', () => {
  const keep = useCleanupAfterEach()

  test('should let the demo editor create a character and publish an article readers can see', async ({
    page,
  }) => {
    const stamp = Date.now().toString(36)
    const characterName = `Karen Page ${stamp}`
    const title = `Karen Page joins the Bulletin ${stamp}`
    const dek = 'The Daredevil regular gets a newsroom of her own.'
    const sentence = `Karen Page has always been the best investigator in Hell’s Kitchen ${stamp}.`

    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })

    await page.goto('/admin/collections/characters/create')
    await page.locator('#field-name').fill(characterName)
    await page.locator('#field-portrayedBy').fill('Deborah Ann Woll')
    await page.locator('#action-save').click()
    await expect(page.getByText(/successfully/i).first()).toBeVisible()
    await expect(page).toHaveURL(/\/admin\/collections\/characters\/[\w-]+$/)
    const characterId = idFromAdminUrl(page)
    keep('characters', characterId)

    await page.goto('/admin/collections/articles/create')
    // Payload makes the draft as the form opens (autosave needs an id) and moves to its URL.
    await expect(page).toHaveURL(/\/admin\/collections\/articles\/(?!create$)[\w-]+$/)
    const articleId = idFromAdminUrl(page)
    keep('articles', articleId)
    await page.locator('#field-title').fill(title)
    await page.locator('#field-dek').fill(dek)
    const editor = page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()
    await editor.click()
    await page.keyboard.type(sentence)
    await waitForAutosave(page, articleId, sentence)
    await publishChanges(page)

    await page.goto('/')
    const card = page.getByRole('link', { name: title })
    await expect(card).toBeVisible()
    await card.click()
    await expect(page).toHaveURL(/\/articles\/karen-page-joins-the-bulletin-/)
    const articlePath = new URL(page.url()).pathname
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByText(dek)).toBeVisible()
    await expect(page.getByText(sentence)).toBeVisible()

    await deleteDocument(page, 'articles', articleId)
    await deleteDocument(page, 'characters', characterId)
    // Deleting unpublishes at once: the page is gone without a rebuild.
    expect((await page.goto(articlePath))?.status()).toBe(404)
  })

  test('should keep a saved draft off the public site', async ({ page }) => {
    const stamp = Date.now().toString(36)
    const title = `Unfinished draft ${stamp}`

    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    await page.goto('/admin/collections/articles/create')
    await expect(page).toHaveURL(/\/admin\/collections\/articles\/(?!create$)[\w-]+$/)
    keep('articles', idFromAdminUrl(page))
    await page.locator('#field-title').fill(title)
    await page.locator('#field-dek').fill('Not ready yet.')
    await page.locator('.rich-text-lexical [data-lexical-editor="true"]').first().click()
    await page.keyboard.type('Half a thought.')
    // Articles autosave: no button to press, the draft is stored while the editor types.
    await expect(page.getByText(/last saved/i)).toBeVisible({ timeout: 15_000 })

    const slug = `unfinished-draft-${stamp}`
    const response = await page.goto(`/articles/${slug}`)
    expect(response?.status()).toBe(404)
    await page.goto('/')
    await expect(page.getByText(title)).toHaveCount(0)
  })
})
