import { expect, type Page, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { idFromAdminUrl, useCleanupAfterEach } from '../helpers/adminCleanup'
import { publishChanges, waitForAutosave } from '../helpers/autosave'
import { loginToAdmin } from '../helpers/login'

const bodyEditor = (page: Page) =>
  page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()

/**
 * Starts a new article with a unique title; returns the title and the id of the draft Payload
 * made as the form opened (autosave needs an id), which `keep` deletes after the test.
 */
const startArticle = async (
  page: Page,
  name: string,
  keep: (collection: string, id: string) => void,
): Promise<{ title: string; id: string }> => {
  const title = `${name} ${Date.now().toString(36)}`
  await page.goto('/admin/collections/articles/create')
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/(?!create$)[\w-]+$/)
  const id = idFromAdminUrl(page)
  keep('articles', id)
  await page.locator('#field-title').fill(title)
  await page.locator('#field-dek').fill('A dek with no spoilers.')
  await bodyEditor(page).click()
  return { title, id }
}

/** Publishes once the autosave holds `lastEdit`, then opens the article from the home page. */
const publishAndOpen = async (
  page: Page,
  article: { title: string; id: string },
  lastEdit: string,
) => {
  await waitForAutosave(page, article.id, lastEdit)
  await publishChanges(page)
  await page.goto('/')
  await page.getByRole('link', { name: article.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title)
}

test.describe('character tagging in the article editor', () => {
  const keep = useCleanupAfterEach()

  test.beforeEach(async ({ page }) => {
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
  })

  test('should tag Misty Knight from the @ typeahead with the keyboard and link her on the site', async ({
    page,
  }) => {
    const article = await startArticle(page, 'Misty typeahead', keep)
    await page.keyboard.type('Back on the force: @Mis')
    const menu = page.getByRole('listbox', { name: 'Characters' })
    await expect(menu.getByRole('option', { name: /Misty Knight/ })).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect(menu).toHaveCount(0)
    await expect(bodyEditor(page).locator('.character-tag')).toHaveText('Misty Knight')
    await page.keyboard.type(' returns.')

    await publishAndOpen(page, article, ' returns.')
    const link = page.locator('article').getByRole('link', { name: 'Misty Knight' })
    await expect(link).toHaveAttribute('href', '/characters/misty-knight')
  })

  test('should close the typeahead with Escape and leave the text alone', async ({ page }) => {
    await startArticle(page, 'Escape typeahead', keep)
    await page.keyboard.type('Ask @fis')
    await expect(page.getByRole('option', { name: /Danny Rand/ })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('listbox', { name: 'Characters' })).toHaveCount(0)
    await expect(bodyEditor(page)).toContainText('Ask @fis')
    await expect(bodyEditor(page).locator('.character-tag')).toHaveCount(0)
    await expect(page.getByText(/last saved/i)).toBeVisible({ timeout: 15_000 })
  })

  test('should tag the selected words "Iron Fist" as Danny Rand, keeping the words', async ({
    page,
  }) => {
    const article = await startArticle(page, 'Selection tag', keep)
    await page.keyboard.type('The Immortal Iron Fist')
    for (let i = 0; i < 'Iron Fist'.length; i += 1) await page.keyboard.press('Shift+ArrowLeft')
    await page.keyboard.press('Control+Shift+M')

    const picker = page.getByRole('dialog', { name: /Tag “Iron Fist” as a character/ })
    await expect(picker).toBeVisible()
    await expect(picker.getByRole('option').first()).toContainText('Danny Rand')
    await page.keyboard.press('Enter')
    await expect(picker).toHaveCount(0)
    const tag = bodyEditor(page).locator('.character-tag')
    await expect(tag).toHaveText('Iron Fist')
    await expect(tag).toHaveAttribute('title', 'Tagged: Danny Rand')

    await publishAndOpen(page, article, '"type":"characterTag"')
    const link = page.locator('article').getByRole('link', { name: 'Iron Fist' })
    await expect(link).toHaveAttribute('href', '/characters/danny-rand')
    await expect(page.locator('article')).toContainText('The Immortal Iron Fist')
  })

  test('should list an untagged "Claire Temple" and tag every occurrence with "Tag all"', async ({
    page,
  }) => {
    await startArticle(page, 'Suggestions', keep)
    await page.keyboard.type(
      'Claire Temple stitches up Luke. Later, Claire Temple quits the hospital.',
    )
    const panel = page.getByRole('region', { name: 'Untagged mentions' })
    const row = panel.getByRole('listitem').filter({ hasText: 'Claire Temple' })
    await expect(row).toContainText('×2')
    await panel.getByRole('button', { name: /Tag all/ }).click()

    const tags = bodyEditor(page).locator('.character-tag')
    await expect(tags.filter({ hasText: 'Claire Temple' })).toHaveCount(2)
    // "Luke" alone is no character's name or alias, so it stays untagged.
    await expect(tags.filter({ hasText: /^Luke$/ })).toHaveCount(0)
    await expect(panel.getByText('Every known character mention is tagged.')).toBeVisible()

    // Untagging keeps the words and brings the suggestion back.
    await tags.first().click()
    await page.getByRole('button', { name: 'Untag' }).click()
    await expect(bodyEditor(page)).toContainText('Claire Temple stitches up Luke.')
    await expect(panel.getByRole('listitem').filter({ hasText: 'Claire Temple' })).toContainText(
      '×1',
    )

    await expect(page.getByText(/last saved/i)).toBeVisible({ timeout: 15_000 })
  })
})
