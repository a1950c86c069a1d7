import path from 'node:path'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { ALLOWED_IMAGE_TYPES } from '../allowedImageTypes'

/** The extensions a browser or server may give each allowed type. */
const EXTENSIONS: Record<string, string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
}

const refuse = (message: string): never => {
  throw new ValidationError({ errors: [{ path: 'file', message }] })
}

/**
 * Decides what an upload is from its bytes, and refuses it unless the bytes are an allowed
 * raster image that matches the declared type and the file name. Payload's own check falls
 * back to the extension when it cannot recognise the bytes, and stores a JPEG uploaded as
 * `.png`; both let a file be served as something it is not.
 */
export const checkImageBytes: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args

  const detected =
    file.tempFilePath && (!file.data || file.data.length === 0)
      ? await fileTypeFromFile(file.tempFilePath)
      : await fileTypeFromBuffer(file.data)
  const allowed = 'JPEG, PNG, WebP or AVIF'
  if (!detected || !ALLOWED_IMAGE_TYPES.includes(detected.mime)) {
    refuse(
      `“${file.name}” is not a ${allowed} image${detected ? ` (it is ${detected.mime})` : ''}.`,
    )
  }
  const declared = file.mimetype?.split(';')[0].trim().toLowerCase()
  if (declared && declared !== 'application/octet-stream' && declared !== detected!.mime) {
    refuse(`“${file.name}” was sent as ${declared}, but its content is ${detected!.mime}.`)
  }
  const extension = path.extname(file.name).slice(1).toLowerCase()
  if (!EXTENSIONS[detected!.mime]?.includes(extension)) {
    refuse(
      `“${file.name}” has the wrong extension for ${detected!.mime}; ` +
        `use .${EXTENSIONS[detected!.mime].join(' or .')}.`,
    )
  }
  return args
}
