import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Character } from '@/payload-types'
import { TAGS } from '@/cache/cacheTags'
import { revalidate } from '@/utilities/revalidate'

/**
 * A character appears on its own page, in the sidebars of articles tagging it, in show casts
 * and, through its slug, in the tag links inside those articles' bodies. Those articles are
 * found with one indexed query so their pages re-render with the new name or slug.
 */
const revalidateEverywhere = async (req: PayloadRequest, docs: Array<Character | undefined>) => {
  const { context, payload } = req
  if (context.disableRevalidate) return
  const current = docs.find(Boolean)!
  const tagging = await payload.find({
    collection: 'articles',
    where: { and: [{ _status: { equals: 'published' } }, { characters: { in: [current.id] } }] },
    select: { slug: true },
    depth: 0,
    pagination: false,
    req,
  })
  const tags: string[] = [TAGS.character(current.id), TAGS.characterLists]
  for (const doc of docs) if (doc?.slug) tags.push(TAGS.characterSlug(doc.slug))
  for (const article of tagging.docs) if (article.slug) tags.push(TAGS.articleSlug(article.slug))
  revalidate({ req, tags })
}

export const revalidateCharacter: CollectionAfterChangeHook<Character> = async ({
  doc,
  previousDoc,
  req,
}) => {
  await revalidateEverywhere(req, [doc, previousDoc])
  return doc
}

export const revalidateCharacterDelete: CollectionAfterDeleteHook<Character> = async ({
  doc,
  req,
}) => {
  await revalidateEverywhere(req, [doc])
  return doc
}
