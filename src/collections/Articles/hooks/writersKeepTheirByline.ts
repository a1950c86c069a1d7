import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { extractID } from 'payload/shared'

import type { Article } from '@/payload-types'
import { checkRole } from '@/utilities/checkRole'

const ids = (authors: Article['authors']): Set<string> =>
  new Set((authors ?? []).map((author) => String(extractID(author))))

/**
 * Bylines are the desk's call. Authors may edit an article's draft, so a writer who could name
 * anyone could hand a colleague (or put an editor's name on) a piece they never saw. A writer
 * may keep the authors an article has and add themselves; adding anyone else is refused with
 * a 403 that says who can. Editors and admins name anyone.
 */
export const writersKeepTheirByline: CollectionBeforeChangeHook<Article> = ({
  data,
  originalDoc,
  req: { user },
}) => {
  if (!user || user.collection !== 'users' || data.authors === undefined) return data
  if (checkRole(user, ['editor', 'admin'])) return data
  const allowed = ids(originalDoc?.authors)
  allowed.add(String(user.id))
  const added = [...ids(data.authors)].filter((id) => !allowed.has(id))
  if (added.length > 0) {
    throw new APIError(
      'Only an editor can add other authors to an article. Save it with your name, and ask an editor to add your co-authors.',
      403,
      undefined,
      true,
    )
  }
  return data
}
