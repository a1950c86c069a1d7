import type { PayloadRequest, Where } from 'payload'

import type { DocumentId } from '@/utilities/documentId'

/** One field that can point at the document being deleted. */
export type Reference = {
  collection: 'articles' | 'characters' | 'shows'
  /** Query path of the relationship, e.g. `spoilerWarnings.show`. */
  path: string
  /** The field that names a referencing document to an editor. */
  labelField: 'name' | 'title'
  /** Whether the collection keeps drafts, whose newest version may point at it too. */
  drafts?: boolean
}

type Labelled = Record<string, unknown> & { id: DocumentId }

/**
 * The names of every document whose current state points at `id` through one of `references`:
 * the stored document, and for drafts the newest version (a draft lives only there). One
 * indexed query per reference and state, so the cost does not grow with the collection.
 */
export const findReferences = async ({
  id,
  references,
  req,
}: {
  id: DocumentId
  references: readonly Reference[]
  req: PayloadRequest
}): Promise<string[]> => {
  const { payload } = req
  const labels = new Map<string, string>()
  const add = (collection: string, docId: unknown, label: unknown) => {
    const key = `${collection}:${String(docId)}`
    if (!labels.has(key)) labels.set(key, String(label))
  }
  await Promise.all(
    references.map(async ({ collection, path, labelField, drafts }) => {
      const found = await payload.find({
        collection,
        where: { [path]: { equals: id } } as Where,
        select: { [labelField]: true },
        depth: 0,
        pagination: false,
        req,
      })
      for (const doc of found.docs as unknown as Labelled[])
        add(collection, doc.id, doc[labelField])
      if (!drafts) return
      const versions = await payload.findVersions({
        collection: collection as 'articles',
        where: { and: [{ latest: { equals: true } }, { [`version.${path}`]: { equals: id } }] },
        select: { parent: true, version: { [labelField]: true } },
        depth: 0,
        pagination: false,
        req,
      })
      for (const version of versions.docs) {
        const fields = version.version as unknown as Record<string, unknown>
        add(collection, version.parent, fields[labelField])
      }
    }),
  )
  return [...labels.values()]
}
