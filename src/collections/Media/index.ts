import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { authenticated } from '@/access/authenticated'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'

import { ALLOWED_IMAGE_TYPES } from './allowedImageTypes'
import { answerMissingFile } from './answerMissingFile'
import { checkImageBytes } from './hooks/checkImageBytes'
import { preventDeletingUsedMedia } from './hooks/preventDeletingUsedMedia'
import { MAX_IMAGE_PIXELS } from './imageLimits'

const staticDir = path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media'))

export const Media: CollectionConfig = {
  slug: 'media',
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit'] },
  access: {
    read: anyone,
    create: authenticated,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  upload: {
    staticDir,
    mimeTypes: ALLOWED_IMAGE_TYPES,
    // sharp refuses to decode more pixels than this (checkImageBytes refuses them first, with a
    // clearer message). Setting any constructor option also makes Payload re-encode the stored
    // original through sharp, which writes no EXIF, GPS, XMP or IPTC and converts colours to
    // sRGB by the embedded profile: the original (served as is, and used as the OG image)
    // carries no metadata, like the sizes. tests/int/uploadMetadata.int.spec.ts pins both.
    constructorOptions: { limitInputPixels: MAX_IMAGE_PIXELS },
    // A file gone from disk is a 404, not Payload's 500.
    handlers: [answerMissingFile(staticDir)],
    // No fetching files from URLs: the server would request any address an editor pastes.
    pasteURL: false,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'hero', width: 1600 },
    ],
  },
  hooks: {
    beforeOperation: [checkImageBytes],
    beforeDelete: [preventDeletingUsedMedia],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'Describe the image for readers who cannot see it.' },
    },
    { name: 'caption', type: 'text' },
    { name: 'credit', type: 'text' },
  ],
}
