import type { Payload } from 'payload'

import { checkRole } from '@/utilities/checkRole'

type AuthorizePreviewArgs = { payload: Payload; headers: Headers; slug: string | null }

/** What the preview route should do: refuse with a status, or enable draft mode and go. */
export type PreviewDecision =
  | { isAllowed: false; status: 400 | 401 | 403 | 404; message: string }
  | { isAllowed: true; path: string }

/**
 * Decides whether this request may see an article in draft mode. The answer comes from the
 * signed-in user in the request (Payload's own auth, so its CSRF rules apply) and from that
 * user's read access to the document, never from a shared secret in the URL.
 */
export const authorizePreview = async ({
  payload,
  headers,
  slug,
}: AuthorizePreviewArgs): Promise<PreviewDecision> => {
  if (!slug) return { isAllowed: false, status: 400, message: 'Say which article: ?slug=…' }
  const { user } = await payload.auth({ headers })
  if (!user) return { isAllowed: false, status: 401, message: 'Log in to preview drafts.' }
  if (!checkRole(user, ['admin', 'editor', 'writer'])) {
    return { isAllowed: false, status: 403, message: 'Only newsroom staff preview drafts.' }
  }
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    draft: true,
    overrideAccess: false,
    user,
    limit: 1,
    depth: 0,
    select: { slug: true },
  })
  if (docs.length === 0) return { isAllowed: false, status: 404, message: 'No such article.' }
  // The path is built from the stored slug, never taken from the query, so this cannot be
  // turned into an open redirect.
  return { isAllowed: true, path: `/articles/${encodeURIComponent(docs[0].slug ?? slug)}` }
}
