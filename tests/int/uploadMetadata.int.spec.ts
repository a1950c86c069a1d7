import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Media as MediaCollection } from '@/collections/Media'
import type { Media } from '@/payload-types'

import { PHOTO_COLOUR, SECRET_CREATOR, photoWithMetadata } from '../helpers/images'
import { deleteMediaWithAlt, uploadMedia } from '../helpers/mediaUpload'
import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

const staticDir = (MediaCollection.upload as { staticDir: string }).staticDir

/** Every file stored for one upload: the original (which the OG image uses) and each size. */
const storedFiles = (media: Media): string[] =>
  [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)]
    .filter((name): name is string => Boolean(name))
    .map((name) => path.join(staticDir, name))

/** SECURITY.md #28 and issue 12: no photo leaks where, when or by whom it was taken. */
describe(`uploads: metadata stripped from every stored file (${adapterName()})`, () => {
  let payload: Payload
  let writer: StaffMember
  let media: Media
  const alt = `metadata test ${uniqueSuffix()}`

  beforeAll(async () => {
    payload = await testPayload()
    writer = await createStaff({ payload, role: 'writer', suffix: uniqueSuffix() })
    const data = await photoWithMetadata()
    const response = await uploadMedia({
      headers: writer.headers,
      name: 'holiday.jpg',
      type: 'image/jpeg',
      data,
      alt,
    })
    expect(response.status).toBe(201)
    media = ((await response.json()) as { doc: Media }).doc
  })

  afterAll(async () => {
    await deleteMediaWithAlt(payload, alt)
    await deleteStaff(payload, [writer])
  })

  it('should keep no EXIF, GPS or XMP in the stored original or any size', async () => {
    const files = storedFiles(media)
    expect(files.length).toBe(4) // the original, thumbnail, card and hero
    for (const file of files) {
      const bytes = await fs.readFile(file)
      const metadata = await sharp(bytes).metadata()
      expect(metadata.exif, file).toBeUndefined()
      expect(metadata.xmp, file).toBeUndefined()
      expect(metadata.iptc, file).toBeUndefined()
      // Nothing of it survives in the bytes either, in any form.
      expect(bytes.includes(SECRET_CREATOR), file).toBe(false)
      expect(bytes.includes('PhoneMaker'), file).toBe(false)
      expect(bytes.includes('GPS'), file).toBe(false)
    }
  })

  it('should keep the colours: a photo in another colour space is converted to sRGB', async () => {
    const original = path.join(staticDir, media.filename!)
    const metadata = await sharp(original).metadata()
    // No profile left to leak or to need: browsers read untagged images as sRGB.
    expect(metadata.icc).toBeUndefined()
    const { data } = await sharp(original).raw().toBuffer({ resolveWithObject: true })
    const centre = (data.length / 2 - ((data.length / 2) % 3)) | 0
    const pixel = [...data.subarray(centre, centre + 3)]
    pixel.forEach((value, channel) =>
      expect(Math.abs(value - PHOTO_COLOUR[channel])).toBeLessThan(6),
    )
  })

  it('should serve the same stripped original at the URL the pages and OG tags use', async () => {
    const response = await rest({ method: 'GET', path: media.url!.replace(/^\/api/, '') })
    expect(response.status).toBe(200)
    const served = Buffer.from(await response.arrayBuffer())
    expect((await sharp(served).metadata()).exif).toBeUndefined()
    expect(served.includes(SECRET_CREATOR)).toBe(false)
  })
})
