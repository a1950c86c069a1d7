import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { doc, paragraph, spoiler } from '../../src/seed/lexical'
import { adminApi, deleteDocuments } from '../helpers/staffApi'

type Box = { top: number; bottom: number; left: number; right: number }

/**
 * Where the spoiler's button sits against the words around it: the last letter before it and
 * the full stop after it, each measured as a one-character range of its text node.
 */
const measure = (page: Page, index: number) =>
  page
    .locator('.article__body .spoiler--inline')
    .nth(index)
    .evaluate((wrapper) => {
      const box = (rect: DOMRect) => ({
        top: rect.top,
        bottom: rect.bottom,
        left: rect.left,
        right: rect.right,
      })
      const charBox = (node: Node | null, offset: 'first' | 'last') => {
        if (!node || node.nodeType !== Node.TEXT_NODE || !node.textContent) return null
        const text = node.textContent.trimEnd()
        const at = offset === 'first' ? 0 : text.length - 1
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + 1)
        return box(range.getBoundingClientRect())
      }
      return {
        button: box(wrapper.querySelector('button')!.getBoundingClientRect()),
        before: charBox(wrapper.previousSibling, 'last'),
        after: charBox(wrapper.nextSibling, 'first'),
      }
    })

const middle = (box: Box) => (box.top + box.bottom) / 2
const isSameLine = (a: Box, b: Box) => middle(a) > b.top && middle(a) < b.bottom

test.describe('an inline spoiler inside a sentence', () => {
  let api: APIRequestContext
  let article: { id: number | string; slug: string }

  test.beforeAll(async () => {
    api = await adminApi()
    const shows = await (await api.get('/api/shows?where[slug][equals]=luke-cage')).json()
    const body = doc(
      paragraph('He learns that ', spoiler(['his father lied']), '. Then the season ends.'),
    )
    const response = await api.post('/api/articles', {
      data: {
        title: `Inline spoiler flow ${Date.now().toString(36)}`,
        dek: 'A sentence with a spoiler in the middle.',
        body,
        // Its spoiler inherits this scope, so the button's name says what it spoils.
        spoilerWarnings: [{ show: shows.docs[0].id, season: 2 }],
        _status: 'published',
      },
    })
    expect(response.status()).toBe(201)
    article = (await response.json()).doc
  })

  test.afterAll(async () => {
    await deleteDocuments(api, 'articles', [article.id])
    await api.dispose()
  })

  test('should keep its button in the line and the full stop right after it, on a phone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`/articles/${article.slug}`)
    const button = page.locator('.article__body').getByRole('button', {
      name: 'Reveal spoiler for Luke Cage Season 2',
    })
    await expect(button).toBeVisible()

    const hidden = await measure(page, 0)
    // The words before it have room for the button: it stays on their line.
    expect(isSameLine(hidden.button, hidden.before!)).toBe(true)
    // The full stop follows the button on the same line, with no space before it.
    expect(isSameLine(hidden.after!, hidden.button)).toBe(true)
    expect(hidden.after!.left - hidden.button.right).toBeLessThan(2)

    // Revealed, the words follow the button, and the full stop follows the words.
    await button.click()
    await expect(page.getByText('his father lied')).toBeVisible()
    const shown = await measure(page, 0)
    expect(hidden.button.top).toBe(shown.button.top)
  })
})
