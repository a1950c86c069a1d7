import type { CollectionAfterChangeHook } from 'payload'

import type { Article } from '@/payload-types'

/** Older than this, a blank draft is an abandoned "Create New", never a page someone has open. */
const BLANK_DRAFT_MAX_AGE_MS = 24 * 60 * 60 * 1000
/** At most this many per save, so one save never pays for a large backlog. */
const PURGE_LIMIT = 50

/**
 * Each new article clears away blank drafts (`isBlankArticle`) left by earlier "Create New"
 * clicks that nobody typed into for a day. They hold nothing, and the list already hides them
 * (`baseListFilter`); this keeps them from piling up in the database. Drafts are saved to the
 * versions, so blankness is judged on each article's newest version.
 */
export const purgeBlankDrafts: CollectionAfterChangeHook<Article> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const before = new Date(Date.now() - BLANK_DRAFT_MAX_AGE_MS).toISOString()
  const { docs } = await req.payload.find({
    collection: 'articles',
    draft: true,
    where: { and: [{ isBlank: { equals: true } }, { updatedAt: { less_than: before } }] },
    select: {},
    depth: 0,
    limit: PURGE_LIMIT,
    overrideAccess: true,
    req,
  })
  const ids = docs.map((blank) => blank.id).filter((id) => id !== doc.id)
  if (ids.length === 0) return doc
  // Never a published article: those carry `publishedAt` from their first publication.
  await req.payload.delete({
    collection: 'articles',
    where: { and: [{ id: { in: ids } }, { publishedAt: { exists: false } }] },
    overrideAccess: true,
    req,
  })
  return doc
}
