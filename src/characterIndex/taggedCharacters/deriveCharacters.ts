import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { collectCharacterTags } from '@/lexical/characterTag/shared/collectCharacterTags'
import type { Article } from '@/payload-types'
import { normalizeDocumentId } from '@/utilities/normalizeDocumentId'

const quoteList = (words: string[]): string =>
  [...new Set(words)].map((word) => `"${word}"`).join(', ')

/**
 * Recomputes `characters` from the tags in the body on every save (drafts included, so a
 * draft's version holds its own set), and refuses tags that point at no character, naming
 * the tagged words so the writer knows which tag to fix.
 */
export const deriveCharacters: CollectionBeforeChangeHook<Article> = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const body = data.body ?? originalDoc?.body
  const tags = collectCharacterTags(body)

  const resolved = tags.map((tag) => ({
    ...tag,
    id: normalizeDocumentId(req.payload, tag.characterId),
  }))
  const wanted = new Map<string, number | string>()
  for (const { id } of resolved) if (id !== null) wanted.set(String(id), id)

  let existing = new Set<string>()
  if (wanted.size > 0) {
    const { docs } = await req.payload.find({
      collection: 'characters',
      where: { id: { in: [...wanted.values()] } },
      select: {},
      depth: 0,
      limit: wanted.size,
      pagination: false,
      req,
    })
    existing = new Set(docs.map((doc) => String(doc.id)))
  }

  const dangling = resolved
    .filter(({ id }) => id === null || !existing.has(String(id)))
    .map((tag) => tag.text || String(tag.characterId))
  if (dangling.length > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'body',
          message: `These tags point to characters that do not exist: ${quoteList(dangling)}. Remove the tags or tag them again.`,
        },
      ],
    })
  }

  // Order of first tag, as collected; ids in the form this database stores.
  return { ...data, characters: [...wanted.values()] as Article['characters'] }
}
