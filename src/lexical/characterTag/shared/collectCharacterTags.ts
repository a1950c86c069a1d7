import { walkLexicalJson } from '../../shared/walkLexicalJson'
import { CHARACTER_TAG_TYPE, type CharacterId } from './types'

/** A tag found in stored rich text: the character and the words as written. */
export type FoundCharacterTag = { characterId: CharacterId; text: string }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

const isCharacterId = (value: unknown): value is CharacterId =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '')

const textOf = (node: Record<string, unknown>): string => {
  if (typeof node.text === 'string') return node.text
  if (!Array.isArray(node.children)) return ''
  return node.children.map((child) => (isRecord(child) ? textOf(child) : '')).join('')
}

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
        found.push({ characterId: node.characterId, text: textOf(node) })
      }
    },
    // A populated character is read-only output, not content.
    ignoreKeys: ['character'],
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
