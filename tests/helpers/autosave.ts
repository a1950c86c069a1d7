import { expect, type Page } from '@playwright/test'

import { E2E_BASE_URL } from '../e2e/env'

/** The article's newest version (its draft) as stored, serialized: what a reload would show. */
export const storedDraftBody = async (page: Page, id: number | string): Promise<string> => {
  const response = await page.request.get(`/api/articles/${id}?depth=0&draft=true`, {
    headers: { Origin: E2E_BASE_URL },
  })
  return JSON.stringify((await response.json()).body)
}

/**
 * Waits until the autosave has stored the editor's last edit: `fragment` is in the stored
 * draft. Payload's Lexical field hands its value to the form in an idle callback (up to
 * 500 ms after the last change), so "Publish changes" pressed before that would leave the
 * edit out; once the autosave carried it, the form holds it.
 */
export const waitForAutosave = async (
  page: Page,
  id: number | string,
  fragment: string,
): Promise<void> => {
  await expect.poll(() => storedDraftBody(page, id), { timeout: 15_000 }).toContain(fragment)
}

/** Presses "Publish changes" and waits for Payload to say it worked. */
export const publishChanges = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: /publish changes/i }).click()
  await expect(page.getByText(/successfully/i).first()).toBeVisible()
}
