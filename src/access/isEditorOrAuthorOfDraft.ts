import type { Access } from 'payload'

import { draftsAuthoredBy } from '@/collections/Articles/draftsAuthoredBy'
import { checkRole } from '@/utilities/checkRole'
import { isPublishing } from '@/utilities/isPublishing'

/**
 * Editors and admins change any article. A writer changes only articles they are an author
 * of, only while the stored article is still a draft, and never in a way that publishes it:
 * once an editor has published a piece, the writer's changes go through the editor.
 *
 * Authorship is read from the newest version (see draftsAuthoredBy), and the answer is a list
 * of ids, not a condition on fields: Payload applies an update's access condition to the
 * stored article for an update by id but to the newest versions for a bulk draft update, and
 * an id names the same article in both.
 */
export const isEditorOrAuthorOfDraft: Access = async ({ id, data, req }) => {
  const { user } = req
  if (!user) return false
  if (checkRole(user, ['editor', 'admin'])) return true
  if (!checkRole(user, ['writer']) || isPublishing(data)) return false
  const ids = await draftsAuthoredBy({ req, userId: user.id, id })
  return ids.length > 0 && { id: { in: ids } }
}
