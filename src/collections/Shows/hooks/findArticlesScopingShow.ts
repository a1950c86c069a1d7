import type { PayloadRequest } from 'payload'

import { collectSpoilerScopes } from '@/lexical/spoiler/shared/collectSpoilerScopes'
import type { DocumentId } from '@/utilities/documentId'

const BATCH = 100

/**
 * Titles of articles whose body has a spoiler scoped to the show (an inline spoiler's `scope`
 * or a spoiler section's fields), published or newest draft. Those scopes live inside the
 * body JSON and there is no derived index of them, and a JSON "contains" query is not portable
 * across SQLite and MongoDB, so every article (and newest draft) is read in batches and walked.
 * Deleting a show is rare, so this cost is paid only then; an article whose scope names the
 * show usually also names it in `shows` or its warnings, which are checked by index first.
 */
export const findArticlesScopingShow = async (
  id: DocumentId,
  req: PayloadRequest,
): Promise<string[]> => {
  const { payload } = req
  const titles = new Map<string, string>()
  const scopes = (body: unknown) =>
    collectSpoilerScopes(body).some((scope) => String(scope.show) === String(id))

  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: 'articles',
      select: { title: true, body: true },
      depth: 0,
      limit: BATCH,
      page,
      sort: 'id',
      req,
    })
    for (const doc of found.docs) if (scopes(doc.body)) titles.set(String(doc.id), doc.title)
    if (!found.hasNextPage) break
  }
  for (let page = 1; ; page++) {
    const found = await payload.findVersions({
      collection: 'articles',
      where: { latest: { equals: true } },
      select: { parent: true, version: { title: true, body: true } },
      depth: 0,
      limit: BATCH,
      page,
      sort: 'id',
      req,
    })
    for (const version of found.docs) {
      const parent = String(version.parent)
      if (!titles.has(parent) && scopes(version.version.body)) {
        titles.set(parent, version.version.title)
      }
    }
    if (!found.hasNextPage) break
  }
  return [...titles.values()]
}
