import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Media as MediaCollection } from '@/collections/Media'
import type { Media } from '@/payload-types'

import { solidImage } from '../helpers/images'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'

const staticDir = (MediaCollection.upload as { staticDir: string }).staticDir

/** Issue 11: a file gone from the media directory is a 404 for readers, not a 500. */
describe(`media files missing from disk (${adapterName()})`, () => {
  let payload: Payload
  let media: Media

  beforeAll(async () => {
    payload = await testPayload()
    const data = await solidImage('jpeg', 900)
    media = await payload.create({
      collection: 'media',
      data: { alt: `missing file test ${uniqueSuffix()}` },
      file: { data, mimetype: 'image/jpeg', name: `gone-${uniqueSuffix()}.jpg`, size: data.length },
      context: testContext,
    })
    await fs.rm(path.join(staticDir, media.filename!))
    await fs.rm(path.join(staticDir, media.sizes!.card!.filename!))
  })

  afterAll(async () => {
    await payload.delete({ collection: 'media', id: media.id, context: testContext })
  })

  it('should answer 404 for an original or a size whose file is gone', async () => {
    for (const filename of [media.filename!, media.sizes!.card!.filename!]) {
      const response = await rest({ method: 'GET', path: `/media/file/${filename}` })
      expect(response.status, filename).toBe(404)
      const body = (await response.json()) as { errors: Array<{ message: string }> }
      expect(body.errors[0].message).toMatch(/not found/i)
    }
  })

  it('should still serve the sizes that are there, and answer 404 for names never stored', async () => {
    const thumbnail = await rest({
      method: 'GET',
      path: `/media/file/${media.sizes!.thumbnail!.filename}`,
    })
    expect(thumbnail.status).toBe(200)
    expect(thumbnail.headers.get('content-type')).toBe('image/jpeg')
    const unknown = await rest({ method: 'GET', path: `/media/file/never-${uniqueSuffix()}.jpg` })
    expect(unknown.status).toBe(404)
  })
})
