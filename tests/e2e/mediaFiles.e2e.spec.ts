import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type APIRequestContext, expect, test } from '@playwright/test'
import sharp from 'sharp'

import { bombPng } from '../../scripts/lib/bombPng.mjs'
import { DEMO_EDITOR } from '../../src/seed/demoEditor'
import { doc, paragraph } from '../../src/seed/lexical'
import { loginToAdmin } from '../helpers/login'
import { adminApi, deleteDocuments } from '../helpers/staffApi'

/** Where the e2e server keeps uploads (tests/e2e/server.mjs); Playwright runs from the root. */
const MEDIA_DIR = path.resolve('.tmp/e2e/media')

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#357' } })
    .jpeg()
    .toBuffer()

type StoredMedia = {
  id: number | string
  url: string
  filename: string
  sizes: Record<string, { filename?: string | null }>
}

test.describe('media files', () => {
  let api: APIRequestContext

  test.beforeAll(async () => {
    api = await adminApi()
  })

  test.afterAll(async () => {
    await api?.dispose()
  })

  test('should answer 404 for a hero whose file is gone, and render its article without it', async ({
    page,
  }) => {
    const run = Date.now().toString(36)
    const uploaded = await api.post('/api/media', {
      multipart: {
        file: {
          name: `vanishing-${run}.jpg`,
          mimeType: 'image/jpeg',
          buffer: await photo(1800, 1000),
        },
        _payload: JSON.stringify({ alt: 'A hero that goes missing' }),
      },
    })
    expect(uploaded.status()).toBe(201)
    const media = ((await uploaded.json()) as { doc: StoredMedia }).doc
    const title = `Missing hero ${run}`
    const created = await api.post('/api/articles', {
      data: {
        title,
        dek: 'Its hero image file was lost.',
        body: doc(paragraph('Words.')),
        heroImage: media.id,
        _status: 'published',
      },
    })
    expect(created.status()).toBe(201)
    const article = ((await created.json()) as { doc: { id: number | string; slug: string } }).doc

    // The files vanish from disk (a lost volume, a partial restore); the database still has them.
    const names = [media.filename, ...Object.values(media.sizes).map((size) => size.filename)]
    const aside = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-media-'))
    for (const name of names.filter((n): n is string => Boolean(n))) {
      fs.renameSync(path.join(MEDIA_DIR, name), path.join(aside, name))
    }
    try {
      expect((await api.get(media.url)).status()).toBe(404)
      const optimised = `/_next/image?url=${encodeURIComponent(media.url)}&w=640&q=75`
      expect((await api.get(optimised)).status()).toBe(404)

      const response = await page.goto(`/articles/${article.slug}`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
      // No broken-image box where the hero was: the figure is gone once its image fails.
      await expect(page.locator('.article__hero')).toBeHidden()
    } finally {
      for (const name of fs.readdirSync(aside)) {
        fs.renameSync(path.join(aside, name), path.join(MEDIA_DIR, name))
      }
      fs.rmSync(aside, { recursive: true, force: true })
      await deleteDocuments(api, 'articles', [article.id])
      await deleteDocuments(api, 'media', [media.id])
    }
  })

  test('should tell the editor in the admin why an upload was refused', async ({ page }) => {
    test.setTimeout(2 * 60_000)
    await loginToAdmin({ page, email: DEMO_EDITOR.email, password: DEMO_EDITOR.password })
    const jpeg = await photo(40, 30)
    const cases = [
      {
        file: {
          name: 'logo.svg',
          mimeType: 'image/svg+xml',
          buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
        },
        reason: /“logo\.svg” is not a JPEG, PNG, WebP or AVIF image/,
      },
      {
        file: { name: 'photo.png', mimeType: 'image/png', buffer: jpeg },
        reason: /“photo\.png” was sent as image\/png, but its content is image\/jpeg/,
      },
      {
        file: {
          name: 'huge.png',
          mimeType: 'image/png',
          buffer: await bombPng({ width: 8000, height: 8000, channels: 1 }),
        },
        reason: /“huge\.png” is 8000 × 8000 pixels.*limit is 50 megapixels/,
      },
      {
        file: {
          name: 'big.jpg',
          mimeType: 'image/jpeg',
          buffer: Buffer.concat([jpeg, Buffer.alloc(26 * 1024 * 1024)]),
        },
        reason: /too large.*25\.0 MB/,
      },
    ]
    for (const { file, reason } of cases) {
      await page.goto('/admin/collections/media/create')
      await page.locator('input[type="file"]').setInputFiles(file)
      await page.locator('#field-alt').fill(`refused ${file.name}`)
      await page.getByRole('button', { name: 'Save', exact: true }).click()
      await expect(page.locator('.payload-toast-container'), file.name).toContainText(reason)
    }
    const { totalDocs } = (await (
      await api.get('/api/media?where[alt][like]=refused&limit=1&depth=0')
    ).json()) as { totalDocs: number }
    expect(totalDocs).toBe(0)
  })
})
