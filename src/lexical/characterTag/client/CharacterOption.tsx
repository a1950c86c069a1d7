'use client'

import type { CharacterSuggestion } from '../shared/searchCharacters'

/** One suggestion row: the name, the alias that matched, and the shows, to tell namesakes apart. */
export const CharacterOption = ({ suggestion }: { suggestion: CharacterSuggestion }) => {
  const { character, matchedLabel } = suggestion
  const isAlias = matchedLabel !== character.name
  return (
    <span className="character-option">
      <span className="character-option__name">{character.name}</span>
      {isAlias && <span className="character-option__alias"> · “{matchedLabel}”</span>}
      {character.shows.length > 0 && (
        <span className="character-option__shows">{character.shows.join(', ')}</span>
      )}
    </span>
  )
}
