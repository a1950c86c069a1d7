import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { loginToAdmin } from '../helpers/login'
import {
  adminApi,
  createDraftArticle,
  createEditor,
  deleteDocuments,
  E2E_STAFF_PASSWORD,
} from '../helpers/staffApi'

type Editor = Awaited<ReturnType<typeof createEditor>>

/**
 * Two editors in two browsers on one article (issue 11, "no lost updates"): the second one,
 * working from the copy they opened before the first one's save, is told plainly who saved
 * and when, their text stays on the page, and nothing the first one saved is overwritten.
 */
test.describe('two editors, one article', () => {
  let api: APIRequestContext
  let jane: Editor
  let omar: Editor
  const created: Record<'articles' | 'users', Array<number | string>> = { articles: [], users: [] }

  test.beforeAll(async () => {
    api = await adminApi()
    const suffix = Date.now().toString(36)
    jane = await createEditor(api, `Stale Jane ${suffix}`)
    omar = await createEditor(api, `Stale Omar ${suffix}`)
    created.users.push(jane.id, omar.id)
  })

  test.afterAll(async () => {
    await deleteDocuments(api, 'articles', created.articles)
    await deleteDocuments(api, 'users', created.users)
    await api.dispose()
  })

  const openAs = async (browser: Browser, editor: Editor, url: string): Promise<Page> => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await loginToAdmin({ page, email: editor.email, password: E2E_STAFF_PASSWORD })
    await page.goto(url)
    await expect(page.locator('#field-title')).toBeVisible()
    return page
  }

  const draftOf = async (id: number | string) =>
    (await (await api.get(`/api/articles/${id}?draft=true&depth=0`)).json()) as {
      title: string
      dek: string
    }

  test('should tell the second editor who saved, keep their text, and keep the first save', async ({
    browser,
  }) => {
    const article = await createDraftArticle(api, `Two editors ${Date.now()}`)
    created.articles.push(article.id)
    const url = `/admin/collections/articles/${article.id}`

    // Omar opens the article first; then Jane opens it, retitles it and publishes. A manual
    // save releases Payload's lock, so nothing stops Omar's form, opened before her save.
    const omarPage = await openAs(browser, omar, url)
    const janePage = await openAs(browser, jane, url)
    const janeTitle = `Jane's headline ${Date.now()}`
    await janePage.locator('#field-title').fill(janeTitle)
    await janePage.getByRole('button', { name: /^Publish/ }).click()
    await expect(
      janePage.getByText(/published successfully|Updated successfully/i).first(),
    ).toBeVisible({
      timeout: 20_000,
    })
    await expect
      .poll(async () => (await draftOf(article.id)).title, { timeout: 15_000 })
      .toBe(janeTitle)

    // Omar, still on his copy, edits the dek; his autosave goes out with that copy.
    const omarDek = `Omar's dek ${Date.now()}`
    await omarPage.locator('#field-dek').fill(omarDek)

    // His save is refused, and he is told by whom, in words, where he is looking.
    await expect(omarPage.getByText(/saved this article at .* after you opened it/)).toBeVisible({
      timeout: 20_000,
    })
    await expect(omarPage.getByText(new RegExp(jane.name)).first()).toBeVisible()
    // His text is still on his page, and Jane's save is intact.
    await expect(omarPage.locator('#field-dek')).toHaveValue(omarDek)
    const stored = await draftOf(article.id)
    expect(stored.title).toBe(janeTitle)
    expect(stored.dek).not.toContain(omarDek)

    await janePage.context().close()
    await omarPage.context().close()
  })
})
