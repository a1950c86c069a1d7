import type { Payload, PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

import { inTransaction } from '@/db/inTransaction'
import { collectCharacterIds } from '@/lexical/characterTag/shared/collectCharacterTags'
import type { Article } from '@/payload-types'
import type { DocumentId } from '@/utilities/documentId'
import { normalizeDocumentId } from '@/utilities/normalizeDocumentId'

const PAGE_SIZE = 200

export type ReindexChange = {
  articleId: DocumentId
  slug: string
  /** `published` is the article document; `draft` is its newest unpublished version. */
  state: 'published' | 'draft'
  added: string[]
  removed: string[]
}

const idsOf = (value: Article['characters']): string[] =>
  (value ?? []).map((entry) => String(extractID(entry)))

/** The tagged ids that still exist, as this database stores ids, in order of first tag. */
const derive = (payload: Payload, body: unknown, existing: Set<string>): DocumentId[] =>
  collectCharacterIds(body)
    .map((id) => normalizeDocumentId(payload, id))
    .filter((id): id is number | string => id !== null && existing.has(String(id)))

const diff = (before: string[], after: Array<number | string>) => {
  const next = after.map(String)
  return {
    added: next.filter((id) => !before.includes(id)),
    removed: before.filter((id) => !next.includes(id)),
    isSame: before.length === next.length && before.every((id, i) => id === next[i]),
  }
}

/** One page of article documents, from the one after `after`, rewritten where they changed. */
const reindexDocuments = async (
  payload: Payload,
  req: PayloadRequest,
  existing: Set<string>,
  after: number | string | undefined,
) => {
  // Whole documents from the adapter: the write below must hand every field back (see there).
  const result = await payload.db.find<Article>({
    collection: 'articles',
    where: after === undefined ? {} : { id: { greater_than: after } },
    limit: PAGE_SIZE,
    pagination: false,
    sort: 'id',
    req,
  })
  const changes: ReindexChange[] = []
  for (const article of result.docs) {
    const next = derive(payload, article.body, existing)
    const change = diff(idsOf(article.characters), next)
    if (change.isSame) continue
    // The whole document, not just `characters`: the SQLite adapter's update empties every
    // array it is not given, which would drop the article's spoiler warnings.
    await payload.db.updateOne({
      collection: 'articles',
      id: article.id,
      data: { ...article, characters: next },
      req,
    })
    changes.push({ articleId: article.id, slug: article.slug ?? '', state: 'published', ...change })
  }
  return { changes, last: result.docs.at(-1)?.id, isLast: result.docs.length < PAGE_SIZE }
}

/** One page of newest drafts, rewritten where they changed. */
const reindexDrafts = async (
  payload: Payload,
  req: PayloadRequest,
  existing: Set<string>,
  page: number,
) => {
  const result = await payload.findVersions({
    collection: 'articles',
    where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
    depth: 0,
    limit: PAGE_SIZE,
    page,
    sort: 'createdAt',
    req,
  })
  const changes: ReindexChange[] = []
  for (const version of result.docs) {
    const next = derive(payload, version.version.body, existing)
    const change = diff(idsOf(version.version.characters), next)
    if (change.isSame) continue
    await payload.db.updateVersion({
      collection: 'articles',
      id: version.id,
      versionData: {
        ...version,
        version: { ...version.version, characters: next as Article['characters'] },
      },
      req,
    })
    changes.push({
      articleId: version.parent as DocumentId,
      slug: version.version.slug ?? '',
      state: 'draft',
      ...change,
    })
  }
  return { changes, isLast: !result.hasNextPage }
}

/**
 * Recomputes `characters` for every article (the document) and every newest draft (its
 * latest version) from the tags in the body, like MediaWiki's refreshLinks. It writes only
 * that field, through the database adapter: no new versions, no hooks, no cache churn.
 * Tags whose character no longer exists are dropped from the index.
 *
 * Each page is read and written in its own transaction: an editor's save to one of its
 * articles lands wholly before or after it, never between the read and the write (which
 * would write the old document back over the save), and the server's saves wait for one
 * page at most, never for the whole pass. (Inside a caller's transaction, `req`, everything
 * joins that one.)
 */
export const reindexCharacters = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<ReindexChange[]> => {
  const target = req ? { req } : { payload }
  const existing = new Set(
    (
      await payload.find({
        collection: 'characters',
        select: {},
        depth: 0,
        pagination: false,
        req,
      })
    ).docs.map((doc) => String(doc.id)),
  )
  const changes: ReindexChange[] = []
  let after: number | string | undefined
  for (let isLast = false; !isLast;) {
    const result = await inTransaction(target, (txReq) =>
      reindexDocuments(payload, txReq, existing, after),
    )
    changes.push(...result.changes)
    isLast = result.isLast
    after = result.last
  }
  for (let page = 1, isLast = false; !isLast; page += 1) {
    const result = await inTransaction(target, (txReq) =>
      reindexDrafts(payload, txReq, existing, page),
    )
    changes.push(...result.changes)
    isLast = result.isLast
  }
  return changes
}
