import type { Payload, PayloadRequest } from 'payload'

type FindArticlesTaggingArgs = {
  payload: Payload
  characterId: number | string
  req?: Partial<PayloadRequest>
}

export type TaggingArticle = { id: number | string; title: string }

/**
 * Every article whose current state tags the character: the published document, or the
 * newest draft (which lives only in the versions table). Two indexed queries.
 */
export const findArticlesTagging = async ({
  payload,
  characterId,
  req,
}: FindArticlesTaggingArgs): Promise<TaggingArticle[]> => {
  const [published, drafts] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: { characters: { in: [characterId] } },
      select: { title: true },
      depth: 0,
      pagination: false,
      req,
    }),
    payload.findVersions({
      collection: 'articles',
      where: {
        and: [{ latest: { equals: true } }, { 'version.characters': { in: [characterId] } }],
      },
      select: { parent: true, version: { title: true } },
      depth: 0,
      pagination: false,
      req,
    }),
  ])
  const articles = new Map<string, TaggingArticle>()
  for (const doc of published.docs) articles.set(String(doc.id), { id: doc.id, title: doc.title })
  for (const version of drafts.docs) {
    const parent = version.parent as number | string // depth 0: an id
    if (!articles.has(String(parent))) {
      articles.set(String(parent), { id: parent, title: version.version.title })
    }
  }
  return [...articles.values()]
}
