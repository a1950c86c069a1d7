import type { Payload } from 'payload'

/** A sampled article: what the sidebar and the web figures need of it. */
export type Pick = { id: number | string; slug: string; characters: Array<number | string> }

/**
 * Samples `samples` articles spread over the whole corpus, each with its tagged characters:
 * every id in one query, then the samples' slugs and characters in a second. (Two reads in
 * all, because a read of the articles is a full scan of their bodies on FerretDB.)
 */
export const sampleArticles = async (payload: Payload, samples: number): Promise<Pick[]> => {
  const { docs: everyId } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    select: {},
    depth: 0,
    sort: 'id',
    pagination: false,
  })
  const pickedIds = Array.from(
    { length: samples },
    (_, i) => everyId[Math.floor(((i + 0.5) / samples) * everyId.length)].id,
  )
  const { docs: picked } = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    where: { id: { in: pickedIds } },
    select: { slug: true, characters: true },
    depth: 0,
    pagination: false,
  })
  const byId = new Map(picked.map((doc) => [String(doc.id), doc]))
  return pickedIds.flatMap((id) => {
    const doc = byId.get(String(id))
    if (!doc) return []
    return [
      {
        id: doc.id,
        slug: doc.slug ?? '',
        characters: (doc.characters ?? []).map((c) => (typeof c === 'object' ? c.id : c)),
      },
    ]
  })
}
