import type { CharacterId, CharacterIndexEntry } from './types'

/** A known name or alias found in plain text. Offsets are UTF-16 indexes into that text. */
export type MentionMatch = {
  start: number
  end: number
  characterId: CharacterId
  /** The name or alias that matched, as spelled in the character index. */
  label: string
}

type Pattern = { tokens: string[]; characterId: CharacterId; label: string }

type Token = { value: string; start: number; end: number }

const WORD = /[\p{L}\p{N}]+/gu
/** Between the words of one name only spaces or hyphens may stand ("Luke Cage", "Spider-Man"). */
const JOINER = /^[\s\u00a0-]+$/

const tokenize = (text: string): Token[] =>
  Array.from(text.matchAll(WORD), (match) => ({
    value: match[0].toLocaleLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }))

export type MentionMatcher = {
  /** Non-overlapping mentions, longest first at each position ("Luke Cage" before "Luke"). */
  findMentions: (text: string) => MentionMatch[]
}

/**
 * Builds, once per character list, an index of every name and alias keyed by its first
 * word. Scanning a text is then one pass over its words, with a lookup per word, so a
 * 10,000-word article against 5,000 characters stays fast on every keystroke.
 */
export const buildMentionMatcher = (characters: CharacterIndexEntry[]): MentionMatcher => {
  const byFirstWord = new Map<string, Pattern[]>()
  for (const character of characters) {
    for (const label of new Set([character.name, ...character.aliases])) {
      const tokens = tokenize(label).map((token) => token.value)
      if (tokens.length === 0) continue
      const list = byFirstWord.get(tokens[0]) ?? []
      list.push({ tokens, characterId: character.id, label })
      byFirstWord.set(tokens[0], list)
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)

  const matchesAt = (text: string, tokens: Token[], index: number, pattern: Pattern): boolean => {
    for (let offset = 1; offset < pattern.tokens.length; offset += 1) {
      const token = tokens[index + offset]
      if (!token || token.value !== pattern.tokens[offset]) return false
      const gap = text.slice(tokens[index + offset - 1].end, token.start)
      if (!JOINER.test(gap)) return false
    }
    return true
  }

  return {
    findMentions: (text) => {
      const tokens = tokenize(text)
      const matches: MentionMatch[] = []
      let index = 0
      while (index < tokens.length) {
        const candidates = byFirstWord.get(tokens[index].value)
        const pattern = candidates?.find((candidate) => matchesAt(text, tokens, index, candidate))
        if (!pattern) {
          index += 1
          continue
        }
        const last = tokens[index + pattern.tokens.length - 1]
        matches.push({
          start: tokens[index].start,
          end: last.end,
          characterId: pattern.characterId,
          label: pattern.label,
        })
        index += pattern.tokens.length
      }
      return matches
    },
  }
}
