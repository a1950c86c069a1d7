import type { Payload } from 'payload'

import { collectCharacterIds } from '@/lexical/characterTag/shared/collectCharacterTags'
import type { Article } from '@/payload-types'
import { normalizeDocumentId } from '@/utilities/normalizeDocumentId'

const PAGE_SIZE = 200

export type ReindexChange = {
  articleId: number | string
  slug: string
  /** `published` is the article document; `draft` is its newest unpublished version. */
  state: 'published' | 'draft'
  added: string[]
  removed: string[]
}

const idsOf = (value: Article['characters']): string[] =>
  (value ?? []).map((entry) => String(typeof entry === 'object' ? entry.id : entry))

/** The tagged ids that still exist, as this database stores ids, in order of first tag. */
const derive = (payload: Payload, body: unknown, existing: Set<string>): Array<number | string> =>
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

/**
 * Recomputes `characters` for every article (the document) and every newest draft (its
 * latest version) from the tags in the body, like MediaWiki's refreshLinks. It writes only
 * that field, through the database adapter: no new versions, no hooks, no cache churn.
 * Tags whose character no longer exists are dropped from the index.
 */
export const reindexCharacters = async (payload: Payload): Promise<ReindexChange[]> => {
  const existing = new Set(
    (
      await payload.find({ collection: 'characters', select: {}, depth: 0, pagination: false })
    ).docs.map((doc) => String(doc.id)),
  )
  const changes: ReindexChange[] = []

  for (let page = 1; ; page += 1) {
    // Whole documents from the adapter: the write below must hand every field back (see there).
    const result = await payload.db.find<Article>({
      collection: 'articles',
      limit: PAGE_SIZE,
      page,
      sort: 'id',
    })
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
      })
      changes.push({
        articleId: article.id,
        slug: article.slug ?? '',
        state: 'published',
        ...change,
      })
    }
    if (!result.hasNextPage) break
  }

  for (let page = 1; ; page += 1) {
    const result = await payload.findVersions({
      collection: 'articles',
      where: { and: [{ latest: { equals: true } }, { 'version._status': { equals: 'draft' } }] },
      depth: 0,
      limit: PAGE_SIZE,
      page,
      sort: 'createdAt',
    })
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
      })
      changes.push({
        articleId: version.parent as number | string,
        slug: version.version.slug ?? '',
        state: 'draft',
        ...change,
      })
    }
    if (!result.hasNextPage) break
  }
  return changes
}
