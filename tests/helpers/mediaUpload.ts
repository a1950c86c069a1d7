import type { Payload } from 'payload'

import { testContext } from './payload'
import { rest } from './rest'

type UploadArgs = {
  /** The uploader's `Authorization` header (createStaff). */
  headers: Record<string, string>
  name: string
  type: string
  data: Buffer | string
  alt: string
}

/** Uploads one file through the REST API the way the admin does (form-data with `_payload`). */
export const uploadMedia = ({ headers, name, type, data, alt }: UploadArgs): Promise<Response> => {
  const form = new FormData()
  const bytes = typeof data === 'string' ? data : new Uint8Array(data)
  form.append('file', new Blob([bytes], { type }), name)
  form.append('_payload', JSON.stringify({ alt }))
  return rest({ method: 'POST', path: '/media', form, headers })
}

/** Deletes every media document a test made (they share its `alt`), files included. */
export const deleteMediaWithAlt = async (payload: Payload, alt: string): Promise<void> => {
  await payload.delete({
    collection: 'media',
    where: { alt: { equals: alt } },
    context: testContext,
  })
}
