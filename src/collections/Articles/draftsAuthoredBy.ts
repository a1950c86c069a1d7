import type { PayloadRequest, Where } from 'payload'

type DraftsAuthoredByArgs = {
  req: PayloadRequest
  userId: number | string
  /** Narrows the answer to this one article (an update by id). */
  id?: number | string
}

/**
 * Ids of the articles a writer may edit: the stored article is still a draft (never
 * published, or unpublished) and its newest version lists the writer as an author. The newest
 * version, not the stored article, because draft saves and autosaves write only versions: an
 * editor who reassigns a draft must move its edit rights with that save. Read through the
 * database adapter, so no hooks or access checks run inside an access check.
 */
export const draftsAuthoredBy = async ({
  req,
  userId,
  id,
}: DraftsAuthoredByArgs): Promise<Array<number | string>> => {
  const newest: Where[] = [
    { latest: { equals: true } },
    { 'version.authors': { in: [userId] } },
    ...(id === undefined ? [] : [{ parent: { equals: id } }]),
  ]
  const versions = await req.payload.db.findVersions({
    collection: 'articles',
    where: { and: newest },
    limit: 0,
    pagination: false,
    select: { parent: true },
    req,
  })
  const parents = versions.docs.map((version) => version.parent)
  if (parents.length === 0) return []
  const stored = await req.payload.db.find({
    collection: 'articles',
    where: { and: [{ id: { in: parents } }, { _status: { equals: 'draft' } }] },
    limit: 0,
    pagination: false,
    select: { _status: true },
    req,
  })
  return stored.docs.map((article) => article.id as number | string)
}
