import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test'

import { loginToAdmin } from './login'
import { E2E_STAFF_PASSWORD } from './staffApi'

/** A staff member's own browser window (a fresh context), signed in and showing `url`. */
export const openAsStaff = async (
  browser: Browser,
  email: string,
  url: string,
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await loginToAdmin({ page, email, password: E2E_STAFF_PASSWORD })
  await page.goto(url)
  return { context, page }
}

/** How many document locks hold `id`, read through an admin API context. */
export const countLocks = async (api: APIRequestContext, id: number | string): Promise<number> => {
  const locks = await api.get(
    `/api/payload-locked-documents?where[document.value][equals]=${id}&depth=0`,
  )
  return ((await locks.json()) as { totalDocs: number }).totalDocs
}
