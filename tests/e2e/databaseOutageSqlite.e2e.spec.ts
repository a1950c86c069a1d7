import fs from 'node:fs'
import path from 'node:path'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { loginToAdmin } from '../helpers/login'
import { adminApi, createDraftArticle, deleteDocuments } from '../helpers/staffApi'

/**
 * SECURITY.md #20 on SQLite: the database file made unavailable under `next start` by moving it
 * away (chmod has no effect as root; docs/operations.md, "When the database goes away"). The
 * e2e server keeps its database in .tmp/e2e (tests/e2e/server.mjs); Playwright runs from the
 * repository root.
 */
const DATABASE = path.resolve('.tmp/e2e/cms.db')
const AWAY = `${DATABASE}.away`
const BUILT_ARTICLE = '/articles/is-jessica-jones-in-luke-cage-season-2'
const UNAVAILABLE = 'The database is unavailable right now'

const move = (from: string, to: string) => {
  for (const part of ['', '-wal', '-shm']) {
    if (fs.existsSync(`${from}${part}`)) fs.renameSync(`${from}${part}`, `${to}${part}`)
  }
}

test.describe('the SQLite database file made unavailable under next start', () => {
  let api: APIRequestContext
  const ids: Array<number | string> = []

  test.beforeAll(async () => {
    api = await adminApi()
  })

  test.afterAll(async () => {
    // Whatever happened, the shared e2e database goes back before the next spec runs.
    if (fs.existsSync(AWAY) && !fs.existsSync(DATABASE)) move(AWAY, DATABASE)
    await deleteDocuments(api, 'articles', ids)
    await api.dispose()
  })

  test('should serve built pages, tell the editor saves fail, and recover with the autosave intact', async ({
    page,
    browser,
  }) => {
    const suffix = Date.now().toString(36)
    const article = await createDraftArticle(api, `Outage draft ${suffix}`)
    ids.push(article.id)
    const editUrl = `/admin/collections/articles/${article.id}`
    const storedTitle = async () =>
      (
        (await (await api.get(`/api/articles/${article.id}?draft=true`)).json()) as {
          title: string
        }
      ).title

    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    await page.goto(editUrl)
    const autosaved = `Autosaved before the outage ${suffix}`
    await page.locator('#field-title').fill(autosaved)
    await expect.poll(storedTitle, { timeout: 15_000 }).toBe(autosaved)

    move(DATABASE, AWAY)
    try {
      // A reader still gets the article page built by `next build`.
      const reader = await browser.newContext()
      const readerPage = await reader.newPage()
      const response = await readerPage.goto(BUILT_ARTICLE)
      expect(response?.status()).toBe(200)
      await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText(
        'Is Jessica Jones in Luke Cage Season 2?',
      )
      await reader.close()

      // The editor keeps typing; the autosave fails and says why, instead of "Something went wrong."
      await page.locator('#field-title').fill(`Typed during the outage ${suffix}`)
      await expect(page.getByText(UNAVAILABLE).first()).toBeVisible({ timeout: 15_000 })
      // No empty database was created in place of the missing one.
      expect(fs.existsSync(DATABASE)).toBe(false)
    } finally {
      move(AWAY, DATABASE)
    }

    // Back, with no restart: the autosave made before the outage is there, and saving works.
    await page.close()
    const editor = await page.context().newPage()
    await editor.goto(editUrl)
    await expect(editor.locator('#field-title')).toHaveValue(autosaved)
    const after = `Autosaved after the outage ${suffix}`
    await editor.locator('#field-title').fill(after)
    await expect.poll(storedTitle, { timeout: 15_000 }).toBe(after)
    await expect(editor.getByText(UNAVAILABLE)).toHaveCount(0)
  })
})
