import { CHARACTER_TAG_TYPE, type CharacterId } from './types'

/** A tag found in stored rich text: the character and the words as written. */
export type FoundCharacterTag = { characterId: CharacterId; text: string }

/** Deeper than any real document; stops hostile input from exhausting the walk. */
const MAX_DEPTH = 200

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
 * Every character tag in a Lexical editor state, in document order. It walks every object
 * and array, not just `children`, so tags inside lists, quotes, tables, links, spoilers and
 * blocks (whose nested editor states live under `fields`) are all found. Malformed input
 * yields what can be read, never an exception.
 */
export const collectCharacterTags = (state: unknown): FoundCharacterTag[] => {
  const found: FoundCharacterTag[] = []
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1)
      return
    }
    if (!isRecord(value)) return
    if (value.type === CHARACTER_TAG_TYPE && isCharacterId(value.characterId)) {
      found.push({ characterId: value.characterId, text: textOf(value) })
    }
    for (const [key, child] of Object.entries(value)) {
      // A populated character is read-only output, not content.
      if (key === 'character') continue
      if (typeof child === 'object' && child !== null) visit(child, depth + 1)
    }
  }
  visit(state, 0)
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
