import { CHARACTER_TAG_TYPE, type CharacterId } from './types'

/**
 * A copy of a Lexical editor state with every tag of one character pointed at another,
 * wherever the tag is nested. The words as written are kept. Returns the input unchanged
 * (same reference) when nothing was tagged, so callers can skip needless writes.
 */
export const retargetCharacterTags = <T>(state: T, from: CharacterId, to: CharacterId): T => {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      let changed = false
      const next = value.map((item) => {
        const mapped = visit(item)
        if (mapped !== item) changed = true
        return mapped
      })
      return changed ? next : value
    }
    if (typeof value !== 'object' || value === null) return value
    const record = value as Record<string, unknown>
    let changed = false
    const next: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(record)) {
      const mapped = visit(child)
      if (mapped !== child) changed = true
      next[key] = mapped
    }
    if (record.type === CHARACTER_TAG_TYPE && String(record.characterId) === String(from)) {
      next.characterId = to
      delete next.character
      changed = true
    }
    return changed ? next : value
  }
  return visit(state) as T
}
