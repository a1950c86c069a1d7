import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
  test,
} from '@playwright/test'

import { adminApi, createDraftArticle, createEditor, deleteDocuments } from '../helpers/staffApi'
import { countLocks, openAsStaff } from '../helpers/staffSessions'

type Editor = Awaited<ReturnType<typeof createEditor>>

test.describe('document locking', () => {
  let api: APIRequestContext
  let first: Editor
  let second: Editor
  const created: Record<'articles' | 'shows' | 'users', Array<number | string>> = {
    articles: [],
    shows: [],
    users: [],
  }

  test.beforeAll(async () => {
    api = await adminApi()
    const suffix = Date.now().toString(36)
    first = await createEditor(api, `Lock First ${suffix}`)
    second = await createEditor(api, `Lock Second ${suffix}`)
    created.users.push(first.id, second.id)
  })

  test.afterAll(async () => {
    await deleteDocuments(api, 'articles', created.articles)
    await deleteDocuments(api, 'shows', created.shows)
    await deleteDocuments(api, 'users', created.users)
    await api.dispose()
  })

  const lockCount = (id: number | string) => countLocks(api, id)

  /** The first editor opens the document and changes its title; returns once it is locked. */
  const startEditing = async (browser: Browser, editUrl: string, id: number | string) => {
    const { context, page } = await openAsStaff(browser, first.email, editUrl)
    await page.locator('#field-title').fill(`Being edited ${Date.now()}`)
    await expect.poll(() => lockCount(id), { timeout: 15_000 }).toBe(1)
    return context
  }

  const expectLockWarning = async (page: Page) => {
    await expect(page.getByText('Document locked')).toBeVisible({ timeout: 20_000 })
    await expect(page.getByText('is currently editing this document')).toBeVisible()
    // Payload names the holder by e-mail when the viewer may read their account; editors may
    // not read other users (their e-mail is private), so it shows "User: <id>" instead.
    await expect(
      page.getByText(new RegExp(`${first.email}|User: ${first.id}\\b`)).first(),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: 'Take over' })).toBeVisible()
  }

  const openAsSecond = (browser: Browser, editUrl: string) =>
    openAsStaff(browser, second.email, editUrl)

  /** The second editor opens the document and is warned; both editors' windows close. */
  const expectSecondWarned = async (
    browser: Browser,
    editUrl: string,
    firstContext: BrowserContext,
  ) => {
    const { context: secondContext, page } = await openAsSecond(browser, editUrl)
    try {
      await expectLockWarning(page)
    } finally {
      await firstContext.close()
      await secondContext.close()
    }
  }

  test('should warn the second of two editors on one show that it is locked', async ({
    browser,
  }) => {
    const response = await api.post('/api/shows', { data: { title: `Locked show ${Date.now()}` } })
    expect(response.status()).toBe(201)
    const { doc: show } = (await response.json()) as { doc: { id: number | string } }
    created.shows.push(show.id)
    const editUrl = `/admin/collections/shows/${show.id}`

    const firstContext = await startEditing(browser, editUrl, show.id)
    await expectSecondWarned(browser, editUrl, firstContext)
  })

  test('should warn the second of two editors on an article after the first one autosaved', async ({
    browser,
  }) => {
    const article = await createDraftArticle(api, `Locked article ${Date.now()}`)
    created.articles.push(article.id)
    const editUrl = `/admin/collections/articles/${article.id}`

    const firstContext = await startEditing(browser, editUrl, article.id)
    // Wait for the autosave of the first editor's change. Payload deletes the lock on every
    // save; src/collections/Articles/hooks/keepLockAfterAutosave.ts puts it back. Without it,
    // the lock is gone from here on and the second editor is not warned.
    await expect
      .poll(
        async () => {
          const response = await api.get(`/api/articles/${article.id}?draft=true`)
          return ((await response.json()) as { title: string }).title
        },
        { timeout: 15_000 },
      )
      .toMatch(/^Being edited/)
    await expect.poll(() => lockCount(article.id)).toBe(1)

    await expectSecondWarned(browser, editUrl, firstContext)
  })
})
