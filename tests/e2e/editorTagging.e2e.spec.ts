import { expect, type Page, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph } from '../../src/seed/lexical'
import { loginToAdmin } from '../helpers/login'
import { deleteDocuments, setUpStaffApi } from '../helpers/staffApi'

/**
 * Issue 13, items 3 and 4, and the shortcut tooltips of item 11: the `@` typeahead writes the
 * words the editor chose, "Tag all" never tags a show, and our toolbar buttons say what they
 * do and their shortcut.
 */
const bodyEditor = (page: Page) =>
  page.locator('.rich-text-lexical [data-lexical-editor="true"]').first()

type StoredNode = { type?: string; text?: string; children?: StoredNode[] }

const textOf = (node: StoredNode): string => node.text ?? (node.children ?? []).map(textOf).join('')

const tagsIn = (node: StoredNode): string[] => [
  ...(node.type === 'characterTag' ? [textOf(node)] : []),
  ...(node.children ?? []).flatMap(tagsIn),
]

test.describe('tagging words as the editor wrote them', () => {
  const staff = setUpStaffApi()

  const openArticle = async (page: Page, title: string, ...paragraphs: string[]) => {
    const response = await staff.api().post('/api/articles?draft=true', {
      data: { title, dek: 'A dek.', body: doc(...paragraphs.map((text) => paragraph(text))) },
    })
    expect(response.status()).toBe(201)
    const { doc: article } = (await response.json()) as { doc: { id: number } }
    await page.goto(`/admin/collections/articles/${article.id}`)
    await expect(bodyEditor(page)).toContainText(paragraphs[0]!)
    await page.waitForLoadState('networkidle')
    return article.id
  }

  const storedRoot = async (id: number): Promise<StoredNode> => {
    const response = await staff.api().get(`/api/articles/${id}?depth=0&draft=true`)
    return ((await response.json()) as { body: { root: StoredNode } }).body.root
  }

  test.beforeEach(async ({ page }) => {
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
  })

  test('should keep the alias "@Pat" was completed to, "Patsy", with one space after it', async ({
    page,
  }) => {
    const created = await staff.api().post('/api/characters', {
      data: { name: 'Trish Walker', aliases: [{ alias: 'Patsy' }] },
    })
    expect(created.status()).toBe(201)
    const { doc: trish } = (await created.json()) as { doc: { id: number } }
    try {
      const id = await openArticle(
        page,
        `Typeahead alias ${Date.now().toString(36)}`,
        'Safe words.',
      )
      try {
        await bodyEditor(page).click()
        await page.keyboard.press('Control+End')
        await page.keyboard.type(' Then @Pat')
        await expect(page.getByRole('option', { name: /Trish Walker/ })).toBeVisible()
        await page.keyboard.press('Enter')
        await page.keyboard.type(' is back.')

        const tag = bodyEditor(page).locator('.character-tag')
        await expect(tag).toHaveText('Patsy')
        await expect(tag).toHaveAttribute('data-character-id', String(trish.id))
        await expect(bodyEditor(page)).toContainText('Safe words. Then Patsy is back.')
        await expect
          .poll(async () => textOf(await storedRoot(id)), { timeout: 15_000 })
          .toBe('Safe words. Then Patsy is back.')
        expect(tagsIn(await storedRoot(id))).toEqual(['Patsy'])
      } finally {
        await deleteDocuments(staff.api(), 'articles', [id])
      }
    } finally {
      await deleteDocuments(staff.api(), 'characters', [trish.id])
    }
  })

  test('should never tag show references, and list ambiguous mentions with context, one by one', async ({
    page,
  }) => {
    const id = await openArticle(
      page,
      `Tag all and shows ${Date.now().toString(36)}`,
      'Is Jessica Jones in Luke Cage Season 2? Claire Temple stitches up fans of Jessica Jones Season 2.',
      'Danny Rand, who answers to Iron Fist, is visiting from Iron Fist.',
    )
    try {
      const panel = page.getByRole('region', { name: 'Untagged mentions' })
      const rows = panel.locator('.untagged-mentions__label')
      await expect(rows).toHaveText(['Claire Temple', 'Danny Rand'])
      await expect(panel.getByRole('button', { name: 'Tag all (2)' })).toBeVisible()

      // Words that may mean a show are listed one by one, with their context.
      const ambiguous = panel.locator('.untagged-mentions__occurrence')
      await expect(ambiguous).toHaveCount(3)
      await expect(ambiguous.nth(0)).toContainText('Is Jessica Jones in Luke Cage Season 2?')
      await expect(ambiguous.nth(0)).toContainText('also the show “Jessica Jones”')
      await expect(ambiguous.filter({ hasText: 'answers to Iron Fist' })).toHaveCount(2)
      // "Luke Cage Season 2" and "Jessica Jones Season 2" are shows: not offered at all.
      await expect(panel.getByText('Luke Cage', { exact: true })).toHaveCount(0)

      await panel.getByRole('button', { name: 'Tag all (2)' }).click()
      const tags = bodyEditor(page).locator('.character-tag')
      await expect(tags).toHaveText(['Claire Temple', 'Danny Rand'])

      // The editor decides the first "Jessica Jones": the character.
      await ambiguous
        .nth(0)
        .getByRole('button', { name: 'Tag this “Jessica Jones” as Jessica Jones' })
        .click()
      await expect(tags).toHaveText(['Jessica Jones', 'Claire Temple', 'Danny Rand'])
      // Skipping one hides it for now; it is never tagged.
      await ambiguous.last().getByRole('button', { name: /^Skip/ }).click()
      await expect(ambiguous).toHaveCount(1)

      await expect
        .poll(async () => tagsIn(await storedRoot(id)), { timeout: 15_000 })
        .toEqual(['Jessica Jones', 'Claire Temple', 'Danny Rand'])
    } finally {
      await deleteDocuments(staff.api(), 'articles', [id])
    }
  })

  test('should name our toolbar buttons and show their shortcuts as tooltips', async ({ page }) => {
    const id = await openArticle(
      page,
      `Tooltips ${Date.now().toString(36)}`,
      'Misty Knight returns.',
    )
    try {
      await bodyEditor(page).click()
      await page.keyboard.press('Control+Home')
      await page.keyboard.press('Shift+End')
      const tagButton = page.getByRole('button', { name: 'Tag character (Ctrl+Shift+M)' })
      const spoilerButton = page.getByRole('button', { name: 'Spoiler (Ctrl+Shift+S)' })
      await expect(tagButton).toBeVisible()
      await expect(tagButton).toHaveAttribute('title', 'Tag character (Ctrl+Shift+M)')
      await expect(spoilerButton).toHaveAttribute('title', 'Spoiler (Ctrl+Shift+S)')
    } finally {
      await deleteDocuments(staff.api(), 'articles', [id])
    }
  })
})
