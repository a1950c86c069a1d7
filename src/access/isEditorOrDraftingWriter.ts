import type { Access } from 'payload'

import { checkRole } from '@/utilities/checkRole'
import { isPublishing } from '@/utilities/isPublishing'

/**
 * Editors and admins create anything; writers create drafts only, so a writer's create with
 * `_status: 'published'` is refused instead of going live unreviewed.
 */
export const isEditorOrDraftingWriter: Access = ({ data, req: { user } }) => {
  if (checkRole(user, ['editor', 'admin'])) return true
  if (!checkRole(user, ['writer'])) return false
  return !isPublishing(data)
}
