import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_IMAGE_PIXELS } from '@/collections/Media/imageLimits'
import { imageWork } from '@/collections/Media/boundedSharp'

import { bombPng, solidImage } from '../helpers/images'
import { deleteMediaWithAlt, uploadMedia } from '../helpers/mediaUpload'
import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type ErrorBody = {
  errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }>
}

/** SECURITY.md #28 and issue 12 #10: what an upload may cost the server. */
describe(`uploads: bounded image work (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  const alt = `upload limits test ${uniqueSuffix()}`

  const upload = (name: string, type: string, data: Buffer) =>
    uploadMedia({ headers: writer.headers, name, type, data, alt })

  const storedCount = async (filename: string) =>
    (
      await payload.count({
        collection: 'media',
        where: { and: [{ alt: { equals: alt } }, { filename: { like: filename } }] },
      })
    ).totalDocs

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix: uniqueSuffix() })
  })

  afterAll(async () => {
    await deleteMediaWithAlt(payload, alt)
    await deleteStaff(payload, [writer])
  })

  it('should refuse an image over the pixel limit, saying how large it is and what the limit is', async () => {
    // 64 megapixels of pixels in a 60 kB file.
    const bomb = await bombPng({ width: 8000, height: 8000, channels: 1 })
    expect(8000 * 8000).toBeGreaterThan(MAX_IMAGE_PIXELS)
    const response = await upload('huge.png', 'image/png', bomb)
    expect(response.status).toBe(400)
    const body = (await response.json()) as ErrorBody
    const message = body.errors[0].message
    expect(message).toMatch(/huge\.png/)
    expect(message).toMatch(/8000 × 8000/)
    expect(message).toMatch(new RegExp(`${MAX_IMAGE_PIXELS / 1_000_000} megapixels`))
    expect(body.errors[0].data?.errors?.[0]).toMatchObject({ path: 'file', message })
    expect(await storedCount('huge')).toBe(0)
  })

  it('should refuse a file over the size limit with a message naming the limit', async () => {
    const tooLarge = Buffer.concat([await solidImage('png'), Buffer.alloc(26 * 1024 * 1024)])
    const response = await upload('poster.png', 'image/png', tooLarge)
    expect(response.status).toBe(413)
    const body = (await response.json()) as ErrorBody
    expect(body.errors[0].message).toMatch(/too large.*25\.0 MB/)
    expect(await storedCount('poster')).toBe(0)
  })

  it('should bound the image work however many uploads arrive at once, and store them all', async () => {
    let mostAtOnce = 0
    const sample = setInterval(() => {
      mostAtOnce = Math.max(mostAtOnce, imageWork.activeCount)
    }, 1)
    try {
      const image = await solidImage('jpeg', 1200)
      const responses = await Promise.all(
        Array.from({ length: 4 }, (_, i) => upload(`batch-${i}.jpg`, 'image/jpeg', image)),
      )
      expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201])
    } finally {
      clearInterval(sample)
    }
    // More than none: Payload's resizing really goes through the bound.
    expect(mostAtOnce).toBeGreaterThan(0)
    expect(mostAtOnce).toBeLessThanOrEqual(imageWork.concurrency)
    expect(await storedCount('batch')).toBe(4)
  })
})
