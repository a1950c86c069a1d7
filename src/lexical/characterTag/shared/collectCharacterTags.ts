import { lexicalText } from '../../shared/lexicalText'
import { walkLexicalJson } from '../../shared/walkLexicalJson'
import { CHARACTER_TAG_TYPE, type CharacterId } from './types'

/** A tag found in stored rich text: the character and the words as written. */
export type FoundCharacterTag = { characterId: CharacterId; text: string }

const isCharacterId = (value: unknown): value is CharacterId =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '')

/**
 * Every character tag in a Lexical editor state, in document order, however deeply nested
 * (see `walkLexicalJson`). Malformed input yields what can be read, never an exception.
 */
export const collectCharacterTags = (state: unknown): FoundCharacterTag[] => {
  const found: FoundCharacterTag[] = []
  walkLexicalJson({
    state,
    visit: (node) => {
      if (node.type === CHARACTER_TAG_TYPE && isCharacterId(node.characterId)) {
        found.push({ characterId: node.characterId, text: lexicalText(node) })
      }
    },
  })
  return found
}

/** The distinct character ids tagged in a Lexical editor state, in order of first tag. */
export const collectCharacterIds = (state: unknown): CharacterId[] => {
  const seen = new Set<string>()
  const ids: CharacterId[] = []
  for (const { characterId } of collectCharacterTags(state)) {
    const key = String(characterId)
    if (seen.has(key)) continue
    seen.add(key)
    ids.push(characterId)
  }
  return ids
}
