import type { Access, Where } from 'payload'

import { checkRole } from '@/utilities/checkRole'
import { isPublishing } from '@/utilities/isPublishing'

/**
 * Editors and admins change any article. A writer changes only articles they are an author
 * of, only while the stored article is still a draft, and never in a way that publishes it:
 * once an editor has published a piece, the writer's changes go through the editor.
 */
export const isEditorOrAuthorOfDraft: Access = ({ data, req: { user } }) => {
  if (!user) return false
  if (checkRole(user, ['editor', 'admin'])) return true
  if (!checkRole(user, ['writer']) || isPublishing(data)) return false
  const ownDraft: Where = {
    and: [{ authors: { in: [user.id] } }, { _status: { equals: 'draft' } }],
  }
  return ownDraft
}
