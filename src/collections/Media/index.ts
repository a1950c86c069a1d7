import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { authenticated } from '@/access/authenticated'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'

import { ALLOWED_IMAGE_TYPES } from './allowedImageTypes'
import { checkImageBytes } from './hooks/checkImageBytes'
import { preventDeletingUsedMedia } from './hooks/preventDeletingUsedMedia'

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
    staticDir: path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media')),
    mimeTypes: ALLOWED_IMAGE_TYPES,
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
