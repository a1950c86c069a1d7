import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'

import { adminApi, createDraftArticle, createEditor, deleteDocuments } from '../helpers/staffApi'
import { countLocks, openAsStaff } from '../helpers/staffSessions'

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
    const { page } = await openAsStaff(browser, editor.email, url)
    await expect(page.locator('#field-title')).toBeVisible()
    return page
  }

  const draftOf = async (id: number | string) =>
    (await (await api.get(`/api/articles/${id}?draft=true&depth=0`)).json()) as {
      title: string
      dek: string
    }

  const locksOn = (id: number | string) => countLocks(api, id)

  /**
   * What a lapsed lock leaves: none. The holder may release their own. (Payload locks a
   * document on the first change, so an editor who only opened it may hold none.)
   */
  const releaseLocksOf = async (page: Page, id: number | string) => {
    // Cookies count only with the Origin a browser sends (Payload's CSRF check).
    const headers = { Origin: new URL(page.url()).origin }
    const response = await page.request.get(
      `/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`,
      { headers },
    )
    expect(response.status()).toBe(200)
    const found = (await response.json()) as { docs: Array<{ id: number | string }> }
    for (const lock of found.docs) {
      const released = await page.request.delete(`/api/payload-locked-documents/${lock.id}`, {
        headers,
      })
      expect(released.status()).toBe(200)
    }
  }

  test('should tell the second editor who saved, keep their text, and keep the first save', async ({
    browser,
  }) => {
    const article = await createDraftArticle(api, `Two editors ${Date.now()}`)
    created.articles.push(article.id)
    const url = `/admin/collections/articles/${article.id}`

    // Omar opens the article and leaves it open. A lock of his would keep Jane out while he
    // works; after 5 idle minutes it lapses (here any lock of his is released for him). Jane then
    // opens it, retitles it, publishes and leaves; her lock lapses too.
    const omarPage = await openAs(browser, omar, url)
    await releaseLocksOf(omarPage, article.id)
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
    await janePage.goto('/admin/collections/articles')
    await releaseLocksOf(janePage, article.id)
    expect(await locksOn(article.id)).toBe(0)

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
