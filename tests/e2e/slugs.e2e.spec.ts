import { expect, test } from '@playwright/test'

import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph } from '../../src/seed/lexical'
import { idFromAdminUrl } from '../helpers/adminCleanup'
import { loginToAdmin } from '../helpers/login'
import { deleteDocuments, setUpStaffApi } from '../helpers/staffApi'

/**
 * Issue 13, item 10: a slug clash is settled on the draft save (with "-2") and the editor is
 * told; a published article renamed keeps its old address as a permanent redirect, and the
 * sitemap and feed carry only the new one.
 */
test.describe('article slugs', () => {
  const staff = setUpStaffApi()

  const publish = async (data: Record<string, unknown>) => {
    const response = await staff.api().post('/api/articles', {
      data: { dek: 'A dek.', body: doc(paragraph('Body words.')), _status: 'published', ...data },
    })
    expect(response.status()).toBe(201)
    return ((await response.json()) as { doc: { id: number; slug: string } }).doc
  }

  test('should give a new draft whose title clashes the slug "-2" on its autosave, and say why', async ({
    page,
  }) => {
    const stamp = Date.now().toString(36)
    const title = `Clashing headline ${stamp}`
    const first = await publish({ title })
    let secondId: string | undefined
    try {
      expect(first.slug).toBe(`clashing-headline-${stamp}`)
      await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
      await page.goto('/admin/collections/articles/create')
      await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+$/)
      secondId = idFromAdminUrl(page)
      await page.locator('#field-title').fill(title)

      // The autosave settles it; nothing waits for "Publish" to find the clash.
      const slug = page.locator('#field-slug')
      await expect(slug).toHaveValue(`clashing-headline-${stamp}-2`, { timeout: 15_000 })
      await expect(
        page.getByRole('status').filter({ hasText: 'is already the slug of' }),
      ).toHaveText(
        `“clashing-headline-${stamp}” is already the slug of “${title}”, so this one is “clashing-headline-${stamp}-2”. Change it here if you prefer another.`,
      )
      await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toHaveCount(0)
    } finally {
      await deleteDocuments(staff.api(), 'articles', [first.id, ...(secondId ? [secondId] : [])])
    }
  })

  test('should redirect a renamed article’s old address permanently, and list only the new one', async ({
    request,
  }) => {
    const stamp = Date.now().toString(36)
    const oldSlug = `renamed-old-${stamp}`
    const newSlug = `renamed-new-${stamp}`
    const title = `Renamed article ${stamp}`
    const article = await publish({ title, slug: oldSlug })
    try {
      // Readers (and the cache) know the old address first.
      expect((await request.get(`/articles/${oldSlug}`)).status()).toBe(200)

      const renamed = await staff.api().patch(`/api/articles/${article.id}`, {
        data: { slug: newSlug, _status: 'published' },
      })
      expect(renamed.status()).toBe(200)

      await expect
        .poll(async () => (await request.get(`/articles/${oldSlug}`, { maxRedirects: 0 })).status())
        .toBe(308)
      const redirect = await request.get(`/articles/${oldSlug}`, { maxRedirects: 0 })
      expect(new URL(redirect.headers().location!, 'http://x').pathname).toBe(
        `/articles/${newSlug}`,
      )
      const followed = await request.get(`/articles/${oldSlug}`)
      expect(followed.status()).toBe(200)
      expect(await followed.text()).toContain(title)
      // The spoilers-shown page follows it too.
      const spoilers = await request.get(`/articles/${oldSlug}/spoilers`, { maxRedirects: 0 })
      expect(spoilers.status()).toBe(308)

      for (const path of ['/sitemap.xml', '/feed.xml']) {
        await expect
          .poll(async () => (await request.get(path)).text(), { message: path })
          .toContain(`/articles/${newSlug}`)
        expect(await (await request.get(path)).text(), path).not.toContain(`/articles/${oldSlug}`)
      }
    } finally {
      await deleteDocuments(staff.api(), 'articles', [article.id])
    }
  })
})
