import type {
  SerializedElementNode,
  SerializedLexicalNode,
} from '@payloadcms/richtext-lexical/lexical'

import type { DocumentId } from '@/utilities/documentId'

export const CHARACTER_TAG_TYPE = 'characterTag'

/** A character's id (see DocumentId). */
export type CharacterId = DocumentId

/** What the public site needs to render a tag; filled in by the node's afterRead hook. */
export type PopulatedCharacter = { id: CharacterId; name?: string; slug?: string | null }

/**
 * The stored form of a character tag: an inline element whose text children are the words
 * as the writer typed them ("Iron Fist"), pointing at one character (Danny Rand).
 */
export type SerializedCharacterTagNode = SerializedElementNode<SerializedLexicalNode> & {
  type: typeof CHARACTER_TAG_TYPE
  characterId: CharacterId
  /** Present only on read: the populated character, or null when it no longer exists. */
  character?: PopulatedCharacter | null
}

/** One character as the editor's tagging tools see it. */
export type CharacterIndexEntry = {
  id: CharacterId
  name: string
  slug: string
  aliases: string[]
  /** Titles of the shows the character appears in, to tell same-named characters apart. */
  shows: string[]
}
