import { expect, type Page } from '@playwright/test'

import { E2E_BASE_URL } from '../e2e/env'

/** The document id from an admin edit URL such as /admin/collections/articles/12. */
export const idFromAdminUrl = (page: Page): string => {
  const id = new URL(page.url()).pathname.split('/').at(-1)
  if (!id || id === 'create') throw new Error(`no document id in ${page.url()}`)
  return id
}

/**
 * Deletes what a browser test made, through the REST API with the test's own signed-in
 * session, so every test leaves the database as it found it.
 */
export const deleteDocument = async (page: Page, collection: string, id: string): Promise<void> => {
  // Cookie auth is only honoured with a trusted Origin (Payload's CSRF check), as a browser sends.
  const response = await page.request.delete(`/api/${collection}/${id}`, {
    headers: { Origin: E2E_BASE_URL },
  })
  expect(response.status(), `deleting ${collection}/${id}`).toBe(200)
}
