import { expect, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { loginToAdmin } from '../helpers/login'

const SEEDED_DRAFT_SLUG = 'bushmaster-the-villain-built-to-match-luke-cage'
const DRAFT_MODE_COOKIE = '__prerender_bypass'

test.describe('draft preview route /next/preview', () => {
  test('should refuse a logged-out visitor, whatever secret, and set no draft-mode cookie', async ({
    request,
  }) => {
    for (const query of [`slug=${SEEDED_DRAFT_SLUG}`, `slug=${SEEDED_DRAFT_SLUG}&secret=guess`]) {
      const response = await request.get(`/next/preview?${query}`, { maxRedirects: 0 })
      expect(response.status()).toBe(401)
      expect(response.headers()['set-cookie'] ?? '').not.toContain(DRAFT_MODE_COOKIE)
      expect(response.headers()['cache-control']).toContain('no-store')
    }
  })

  test('should enable draft mode only for the signed-in editor, and leave it on request', async ({
    page,
    context,
    request,
  }) => {
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    const preview = page.waitForResponse((response) => response.url().includes('/next/preview'))
    await page.goto(`/next/preview?slug=${SEEDED_DRAFT_SLUG}`)
    expect((await preview).status()).toBe(307)
    await expect(page).toHaveURL(new RegExp(`/articles/${SEEDED_DRAFT_SLUG}$`))
    const hasDraftCookie = async () =>
      (await context.cookies()).some((cookie) => cookie.name === DRAFT_MODE_COOKIE)
    expect(await hasDraftCookie()).toBe(true)
    // The editor sees the never-published draft, read with their own access.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Bushmaster: the villain built to match Luke Cage',
    )
    await expect(page.getByText('Mustafa Shakir plays him')).toBeVisible()

    // Meanwhile a reader (no cookies) still gets a 404 for the draft.
    expect((await request.get(`/articles/${SEEDED_DRAFT_SLUG}`)).status()).toBe(404)

    await page.goto('/next/exit-preview')
    await expect(page).toHaveURL(/\/$/)
    expect(await hasDraftCookie()).toBe(false)
  })
})
