import type { CollectionConfig } from 'payload'

import { anyone } from './anyone'
import { isEditorOrAdmin } from './isEditorOrAdmin'

/**
 * The reference records the site is built on (shows, characters): anyone may read them, and
 * only editors and admins create, change or delete them; writers pick from them.
 */
export const editorsManagePublicRecords: NonNullable<CollectionConfig['access']> = {
  read: anyone,
  create: isEditorOrAdmin,
  update: isEditorOrAdmin,
  delete: isEditorOrAdmin,
}
