/**
 * The corpus on MongoDB: `insertMany` through the adapter's own Mongoose models, chunk by
 * chunk. Writes the documents the adapter would, derived `characters` included, and one
 * version (latest, published) per article.
 */
import type { Payload } from 'payload'

import { type CharacterRef, characterName, type GeneratedArticle } from './content'

type Id = number | string

type MongoCollection = { insertMany: (docs: unknown[], options?: unknown) => Promise<unknown> }
type MongoAdapterLike = {
  // The adapter's mongoose connection; `base` is the Mongoose instance it belongs to.
  connection: { base: { Types: { ObjectId: new (id?: string) => { toHexString: () => string } } } }
  collections: Record<string, { collection: MongoCollection }>
  versions: Record<string, { collection: MongoCollection }>
}

const CHARACTER_CHUNK = 5_000

export const seedMongo = async (
  payload: Payload,
  {
    characterCount,
    articleCount,
    runId,
    showIds,
    generate,
    chunkSize,
  }: {
    characterCount: number
    articleCount: number
    runId: string
    showIds: Id[]
    generate: (characters: CharacterRef[], from: number, to: number) => GeneratedArticle[]
    chunkSize: number
  },
) => {
  const db = payload.db as unknown as MongoAdapterLike
  const ObjectId = db.connection.base.Types.ObjectId
  const oid = (id: Id) => new ObjectId(String(id))
  const now = new Date()
  const characters: CharacterRef[] = []
  const characterDocs: unknown[] = []
  for (let i = 0; i < characterCount; i += 1) {
    const id = new ObjectId().toHexString()
    const name = characterName(i)
    characters.push({ id, name })
    characterDocs.push({
      _id: oid(id),
      name,
      slug: `${runId}-c${i}`,
      aliases: [],
      appearances: [
        { id: new ObjectId().toHexString(), show: oid(showIds[i % showIds.length]), seasons: [] },
      ],
      createdAt: now,
      updatedAt: now,
    })
  }
  for (let i = 0; i < characterDocs.length; i += CHARACTER_CHUNK) {
    await db.collections.characters.collection.insertMany(
      characterDocs.slice(i, i + CHARACTER_CHUNK),
      { ordered: false },
    )
  }
  for (let from = 0; from < articleCount; from += chunkSize) {
    const batch = generate(characters, from, Math.min(articleCount, from + chunkSize))
    const docs: unknown[] = []
    const versions: unknown[] = []
    for (const article of batch) {
      const _id = new ObjectId()
      const publishedAt = new Date(article.publishedAt)
      const data = {
        title: article.title,
        dek: article.dek,
        body: article.body,
        slug: article.slug,
        publishedAt,
        characters: article.characterIds.map(oid),
        shows: article.showIds.map(oid),
        authors: [],
        spoilerWarnings: article.spoilerWarnings.map((warning) => ({
          ...warning,
          show: oid(warning.show),
        })),
        meta: { title: article.title, description: article.dek },
        _status: 'published',
        createdAt: publishedAt,
        updatedAt: publishedAt,
      }
      docs.push({ _id, ...data })
      versions.push({
        _id: new ObjectId(),
        parent: _id,
        version: data,
        latest: true,
        autosave: false,
        createdAt: publishedAt,
        updatedAt: now,
      })
    }
    await db.collections.articles.collection.insertMany(docs, { ordered: false })
    await db.versions.articles.collection.insertMany(versions, { ordered: false })
  }
}
