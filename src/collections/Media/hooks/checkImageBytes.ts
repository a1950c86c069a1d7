import path from 'node:path'

import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'

import { ALLOWED_IMAGE_TYPES } from '../allowedImageTypes'
import { MAX_IMAGE_PIXELS } from '../imageLimits'

/** The extensions a browser or server may give each allowed type. */
const EXTENSIONS: Record<string, string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
}

/** 64000000 → "64 megapixels", 50400000 → "50.4 megapixels". */
const megapixels = (pixels: number): string =>
  `${Number((pixels / 1_000_000).toFixed(1))} megapixels`

/**
 * Refuses the upload on the `file` field, with the reason as the error's own message too: the
 * admin's toast shows only that message, and Payload's default ("The following field is
 * invalid: file") told an editor nothing. Still a ValidationError, so it is logged as one line.
 */
const refuse = (message: string): never => {
  const error = new ValidationError({ errors: [{ path: 'file', message }] })
  error.message = message
  throw error
}

/**
 * Refuses an image with more pixels than MAX_IMAGE_PIXELS, all frames counted, from its header
 * alone: sharp's metadata() parses the header and decodes nothing, so a small file that claims
 * a huge image costs milliseconds here instead of seconds and hundreds of MB in Payload's
 * resizing. (Payload's own pixel limit, `constructorOptions.limitInputPixels`, is a second line
 * that would fail only with a generic message.)
 */
const checkPixels = async (name: string, input: Buffer | string): Promise<void> => {
  let header: sharp.Metadata
  try {
    header = await sharp(input).metadata()
  } catch {
    return refuse(`“${name}” could not be read as an image; it may be damaged.`)
  }
  const { width = 0, height = 0, pages = 1 } = header
  const pixels = width * height * pages
  if (pixels <= MAX_IMAGE_PIXELS) return
  const size =
    pages > 1
      ? `has ${pages} frames of ${width} × ${height} pixels (${megapixels(pixels)} in all)`
      : `is ${width} × ${height} pixels (${megapixels(pixels)})`
  refuse(
    `“${name}” ${size}; the limit is ${megapixels(MAX_IMAGE_PIXELS)}. Resize it and try again.`,
  )
}

/**
 * Decides what an upload is from its bytes, and refuses it unless the bytes are an allowed
 * raster image that matches the declared type and the file name, and is not too large to
 * decode. Payload's own check falls back to the extension when it cannot recognise the bytes,
 * and stores a JPEG uploaded as `.png`; both let a file be served as something it is not.
 */
export const checkImageBytes: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args

  const isOnDisk = Boolean(file.tempFilePath) && (!file.data || file.data.length === 0)
  const detected = isOnDisk
    ? await fileTypeFromFile(file.tempFilePath!)
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
  await checkPixels(file.name, isOnDisk ? file.tempFilePath! : file.data)
  return args
}
