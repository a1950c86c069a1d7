import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { solidImage as image } from '../helpers/images'
import { deleteMediaWithAlt, uploadMedia } from '../helpers/mediaUpload'
import { adapterName, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, type StaffMember } from '../helpers/staff'

type ErrorBody = {
  errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }>
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'
const SVG_WITH_SCRIPT = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'

describe(`uploads: only real raster images (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const alt = `upload test ${uniqueSuffix()}`

  const upload = (name: string, type: string, data: Buffer | string) =>
    uploadMedia({ headers: editor.headers, name, type, data, alt })

  /**
   * A refusal names the file field and carries the reason as its message too: the admin shows
   * the top-level message in its toast, so "The following field is invalid: file" told an
   * editor nothing.
   */
  const expectRefused = async (response: Response) => {
    expect(response.status).toBe(400)
    const body = (await response.json()) as ErrorBody
    const fieldError = body.errors[0]?.data?.errors?.[0]
    expect(fieldError?.path).toBe('file')
    expect(fieldError?.message).toBeTruthy()
    expect(body.errors[0].message).toBe(fieldError!.message)
    return fieldError!.message
  }

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix: uniqueSuffix() })
  })

  afterAll(async () => {
    await deleteMediaWithAlt(payload, alt)
    await deleteStaff(payload, [editor])
  })

  it('should accept a real PNG and a real JPEG', async () => {
    expect((await upload('red.png', 'image/png', await image('png'))).status).toBe(201)
    expect((await upload('red.jpg', 'image/jpeg', await image('jpeg'))).status).toBe(201)
  })

  it('should refuse SVG, with or without script, whatever it is called', async () => {
    const message = await expectRefused(await upload('logo.svg', 'image/svg+xml', SVG_WITH_SCRIPT))
    expect(message).toMatch(/logo\.svg.*not a JPEG, PNG, WebP or AVIF image/)
    await expectRefused(await upload('logo.svg', 'image/svg+xml', SVG))
    await expectRefused(await upload('logo.png', 'image/png', SVG))
  })

  it('should refuse HTML and XML, even named and typed as an image', async () => {
    const html = '<html><body><script>alert(1)</script></body></html>'
    await expectRefused(await upload('page.html', 'text/html', html))
    await expectRefused(await upload('page.png', 'image/png', html))
    await expectRefused(await upload('data.xml', 'application/xml', '<?xml version="1.0"?><a/>'))
  })

  it('should refuse bytes that are no image at all, naming the file', async () => {
    const message = await expectRefused(await upload('fake.png', 'image/png', 'just some text'))
    expect(message).toContain('fake.png')
  })

  it('should refuse an image whose bytes do not match its declared type or extension', async () => {
    const jpeg = await image('jpeg')
    const asPng = await expectRefused(await upload('photo.png', 'image/png', jpeg))
    expect(asPng).toMatch(/image\/png.*image\/jpeg/)
    const wrongName = await expectRefused(await upload('photo.png', 'image/jpeg', jpeg))
    expect(wrongName).toMatch(/extension/)
    const { totalDocs } = await payload.count({
      collection: 'media',
      where: { and: [{ alt: { equals: alt } }, { filename: { like: 'photo' } }] },
    })
    expect(totalDocs).toBe(0)
  })

  it('should refuse fetching an upload from a URL, such as a cloud metadata address', async () => {
    const response = await rest({
      method: 'GET',
      path: `/media/paste-url?src=${encodeURIComponent('http://169.254.169.254/latest/meta-data')}`,
      headers: editor.headers,
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/not enabled/)
  })
})
