import type { Article } from '@/payload-types'
import { doc, type Inline, paragraph, tag } from '@/seed/lexical'

type Id = number | string

/**
 * A character tag around `words`, pointing at a real character id, as the admin saves it.
 * (The seed's `tag` takes a slug that the seed resolves later; tests have the id already.)
 */
export const tagged = (id: Id, words: string) => ({ ...tag('x', words), characterId: id })

/** An article body of one paragraph of `children` (text and tags). */
export const articleBody = (...children: Inline[]) =>
  doc(paragraph(...children)) as unknown as Article['body']

/** The ids in an article's derived `characters` field, in order, as strings. */
export const characterIdsOf = (value: Article['characters']): string[] =>
  (value ?? []).map((entry) => String(typeof entry === 'object' ? entry.id : entry))
