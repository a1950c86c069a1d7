import { expect, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph, spoiler, spoilerBlock, tag } from '../../src/seed/lexical'
import { loginToAdmin } from '../helpers/login'
import { deleteDocuments, setUpStaffApi } from '../helpers/staffApi'

/**
 * Issue 13, item 9: "Versions → compare" shows tagged words and spoiler text, not bare
 * "characterTag" / "inlineSpoiler" / "Block" chips.
 */
test.describe('version compare of an article body', () => {
  const staff = setUpStaffApi()

  const idBySlug = async (collection: string, slug: string): Promise<number> => {
    const response = await staff.api().get(`/api/${collection}?where[slug][equals]=${slug}&depth=0`)
    return ((await response.json()) as { docs: Array<{ id: number }> }).docs[0]!.id
  }

  test('should show the tagged words, the spoiler text and the changed words', async ({ page }) => {
    const danny = await idBySlug('characters', 'danny-rand')
    const lukeCage = await idBySlug('shows', 'luke-cage')
    const body = (words: { arrives: string; secret: string }) =>
      doc(
        paragraph(
          'Then ',
          { ...tag('danny-rand', 'Iron Fist'), characterId: danny },
          ` ${words.arrives}. `,
          spoiler(words.secret, { show: lukeCage, season: 2 }),
        ),
        spoilerBlock([paragraph('Danny builds her a new arm.')], { show: lukeCage, season: 2 }),
      )
    const created = await staff.api().post('/api/articles', {
      data: {
        title: `Versions ${Date.now().toString(36)}`,
        dek: 'A dek.',
        _status: 'published',
        body: body({ arrives: 'arrives', secret: 'Misty loses her arm' }),
      },
    })
    expect(created.status()).toBe(201)
    const { doc: article } = (await created.json()) as { doc: { id: number } }
    try {
      const edited = await staff.api().patch(`/api/articles/${article.id}?draft=true`, {
        data: { body: body({ arrives: 'returns', secret: 'Misty loses her right arm' }) },
      })
      expect(edited.status()).toBe(200)

      await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
      await page.goto(`/admin/collections/articles/${article.id}/versions`)
      // The newest version first; opening it compares it with the one before.
      await page.locator('.table tbody tr').first().getByRole('link').first().click()
      const diff = page.locator('.lexical-diff')
      await expect(diff).toBeVisible()
      await expect(diff).toContainText('Iron Fist (→ Danny Rand)')
      await expect(diff).toContainText('[Spoiler (Luke Cage S2): Misty loses her')
      await expect(diff).toContainText('[Spoiler section (Luke Cage S2):]')
      await expect(diff).toContainText('Danny builds her a new arm.')
      await expect(diff.getByRole('link', { name: 'Iron Fist' }).first()).toHaveAttribute(
        'href',
        new RegExp(`/admin/collections/characters/${danny}$`),
      )
      // What changed is marked as changed.
      const marked = (type: 'create' | 'delete', words: string) =>
        diff.locator(`[data-match-type="${type}"]`, { hasText: words }).first()
      await expect(marked('create', 'returns')).toBeVisible()
      await expect(marked('create', 'right')).toBeVisible()
      await expect(marked('delete', 'arrives')).toBeVisible()
      await expect(diff).not.toContainText(/characterTag|inlineSpoiler|\bBlock\b/)
      await page.screenshot({ path: test.info().outputPath('version-compare.png'), fullPage: true })
    } finally {
      await deleteDocuments(staff.api(), 'articles', [article.id])
    }
  })
})
