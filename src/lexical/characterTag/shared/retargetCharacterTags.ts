import { walkLexicalJson } from '../../shared/walkLexicalJson'
import { collectCharacterTags } from './collectCharacterTags'
import { CHARACTER_TAG_TYPE, type CharacterId } from './types'

/**
 * A copy of a Lexical editor state with every tag of one character pointed at another,
 * wherever the tag is nested. The words as written are kept. Returns the input unchanged
 * (same reference) when nothing was tagged, so callers can skip needless writes.
 */
export const retargetCharacterTags = <T>(state: T, from: CharacterId, to: CharacterId): T => {
  const isFrom = (id: unknown) => String(id) === String(from)
  if (!collectCharacterTags(state).some(({ characterId }) => isFrom(characterId))) return state
  const copy = structuredClone(state)
  walkLexicalJson({
    state: copy,
    visit: (node) => {
      if (node.type !== CHARACTER_TAG_TYPE || !isFrom(node.characterId)) return
      node.characterId = to
      // The populated character is the old one's.
      delete node.character
    },
  })
  return copy
}
