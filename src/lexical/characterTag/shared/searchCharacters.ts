import type { CharacterIndexEntry } from './types'

/** One typeahead suggestion: the character and which of its names matched the query. */
export type CharacterSuggestion = { character: CharacterIndexEntry; matchedLabel: string }

const words = (value: string): string[] =>
  value
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)

/**
 * Case-insensitive prefix and word matching over names and aliases: "mis" finds Misty
 * Knight, "fist" finds Danny Rand through "Iron Fist", "luke c" finds Luke Cage. Whole-name
 * prefix matches rank before matches on a later word.
 */
export const searchCharacters = (
  characters: CharacterIndexEntry[],
  query: string,
  limit = 8,
): CharacterSuggestion[] => {
  const needle = query.trim().toLocaleLowerCase()
  const needleWords = words(needle)
  const ranked: Array<CharacterSuggestion & { rank: number }> = []
  for (const character of characters) {
    let best: { rank: number; label: string } | undefined
    for (const label of [character.name, ...character.aliases]) {
      const lower = label.toLocaleLowerCase()
      const labelWords = words(label)
      let rank = -1
      if (needle === '' || lower.startsWith(needle)) rank = 0
      else if (
        needleWords.length > 0 &&
        needleWords.every((word) => labelWords.some((labelWord) => labelWord.startsWith(word)))
      ) {
        rank = 1
      }
      if (rank >= 0 && (!best || rank < best.rank)) best = { rank, label }
    }
    if (best) ranked.push({ character, matchedLabel: best.label, rank: best.rank })
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.character.name.localeCompare(b.character.name))
    .slice(0, limit)
    .map(({ character, matchedLabel }) => ({ character, matchedLabel }))
}
