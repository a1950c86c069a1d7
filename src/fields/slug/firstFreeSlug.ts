import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/** Candidates asked for per query: `slug`, `slug-2` … `slug-20`, then `slug-21` … */
const BATCH = 20
/** After this many numbers the clash is left for validation to report. */
const MAX_NUMBER = 200

const withNumber = (slug: string, number: number) => (number === 1 ? slug : `${slug}-${number}`)

type FirstFreeSlugArgs = {
  slug: string
  collection: CollectionSlug
  /** The document being saved, which may keep its own slug. */
  id?: number | string
  /** Whether the collection has drafts, whose newest versions hold their own slugs. */
  hasDrafts: boolean
  req: PayloadRequest
}

/**
 * `slug` if no other document of the collection uses it, else the first free `slug-2`,
 * `slug-3`, …, asking for a batch of candidates per query.
 */
export const firstFreeSlug = async ({
  slug,
  collection,
  id,
  hasDrafts,
  req,
}: FirstFreeSlugArgs) => {
  for (let first = 1; first <= MAX_NUMBER; first += BATCH) {
    const candidates = Array.from({ length: BATCH }, (_, i) => withNumber(slug, first + i))
    const where: Where = {
      and: [
        { slug: { in: candidates } },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    }
    // Published addresses live on the documents; a draft's slug only in its newest version,
    // and two drafts must not settle on the same number either.
    const reads = [false, ...(hasDrafts ? [true] : [])].map((draft) =>
      req.payload.find({
        collection,
        draft,
        where,
        select: { slug: true } as Record<string, true>,
        depth: 0,
        limit: BATCH,
        pagination: false,
        overrideAccess: true,
        req,
      }),
    )
    const docs = (await Promise.all(reads)).flatMap((result) => result.docs)
    const taken = new Set(docs.map((doc) => (doc as { slug?: unknown }).slug))
    const free = candidates.find((candidate) => !taken.has(candidate))
    if (free) return free
  }
  return slug
}
