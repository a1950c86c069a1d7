import { expect, type Page, test } from '@playwright/test'

import { E2E_BASE_URL } from '../e2e/env'

/** The document id from an admin edit URL such as /admin/collections/articles/12. */
export const idFromAdminUrl = (page: Page): string => {
  const id = new URL(page.url()).pathname.split('/').at(-1)
  if (!id || id === 'create') throw new Error(`no document id in ${page.url()}`)
  return id
}

// Cookie auth is only honoured with a trusted Origin (Payload's CSRF check), as a browser sends.
const staffHeaders = { Origin: E2E_BASE_URL }

/**
 * Deletes what a browser test made, through the REST API with the test's own signed-in
 * session, so every test leaves the database as it found it.
 */
export const deleteDocument = async (page: Page, collection: string, id: string): Promise<void> => {
  const response = await page.request.delete(`/api/${collection}/${id}`, { headers: staffHeaders })
  expect(response.status(), `deleting ${collection}/${id}`).toBe(200)
}

/**
 * Call inside `test.describe`: returns `keep(collection, id)`. After each test, even one that
 * failed half-way, every document kept is deleted with the test's signed-in page (newest
 * first, so an article goes before the character it tags); one the test already deleted is
 * passed over.
 */
export const useCleanupAfterEach = () => {
  const made: Array<{ collection: string; id: string }> = []
  test.afterEach(async ({ page }) => {
    for (const { collection, id } of made.splice(0).reverse()) {
      const response = await page.request.delete(`/api/${collection}/${id}`, {
        headers: staffHeaders,
      })
      expect([200, 404], `deleting ${collection}/${id}`).toContain(response.status())
    }
  })
  return (collection: string, id: number | string) => {
    made.push({ collection, id: String(id) })
  }
}
