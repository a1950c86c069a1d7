import { isShowReferenceAround } from './showReference'
import type { CharacterId, CharacterIndexEntry } from './types'

/** A known name or alias found in plain text. Offsets are UTF-16 indexes into that text. */
export type MentionMatch = {
  start: number
  end: number
  /** The character a "Tag" would point at: the first of `candidates`. */
  characterId: CharacterId
  /** Every character the words name (several when characters share a name or alias). */
  candidates: CharacterId[]
  /** The name or alias that matched, as spelled in the character index. */
  label: string
  /**
   * The editor must decide: the words also name a show ("Jessica Jones"), or several
   * characters. Ambiguous mentions are listed one by one and never tagged in bulk.
   */
  isAmbiguous: boolean
  /** The show the words also name, when they do. */
  alsoShow: string | null
  /** The words on either side, for listing an ambiguous mention. */
  context: { before: string; after: string }
}

type Pattern = {
  tokens: string[]
  label: string
  candidates: CharacterId[]
  show: string | null
}

type Token = { value: string; start: number; end: number }

const WORD = /[\p{L}\p{N}]+/gu
/** Between the words of one name only spaces or hyphens may stand ("Luke Cage", "Spider-Man"). */
const JOINER = /^[\s\u00a0-]+$/
/** How much text either side of a mention its context shows. */
const CONTEXT_CHARS = 40

const tokenize = (text: string): Token[] =>
  Array.from(text.matchAll(WORD), (match) => ({
    value: match[0].toLocaleLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }))

const key = (tokens: string[]) => tokens.join(' ')

const contextAround = (text: string, start: number, end: number) => {
  let before = text.slice(Math.max(0, start - CONTEXT_CHARS), start)
  let after = text.slice(end, end + CONTEXT_CHARS)
  // Cut on a word boundary, so the context never starts or ends mid-word.
  if (start > CONTEXT_CHARS) before = `…${before.replace(/^\S*\s/, '')}`
  if (end + CONTEXT_CHARS < text.length) after = `${after.replace(/\s\S*$/, '')}…`
  return { before, after }
}

/**
 * The text on either side of the scanned text within its paragraph, when the paragraph is
 * split into several text nodes (a tag, a spoiler or italics beside it): "Luke Cage" in one
 * node and "Season 2" in the next is still a show reference.
 */
export type Surroundings = { before: string; after: string }

export type MentionMatcher = {
  /**
   * Non-overlapping mentions, longest first at each position ("Luke Cage" before "Luke").
   * Show references ("Luke Cage Season 2", "The Defenders") are skipped. Offsets are into
   * `text`; `surroundings` only inform show references and context.
   */
  findMentions: (text: string, surroundings?: Surroundings) => MentionMatch[]
}

/**
 * Builds, once per character list, an index of every name, alias and show title keyed by its
 * first word. Scanning a text is then one pass over its words, with a lookup per word, so a
 * 10,000-word article against 5,000 characters stays fast on every keystroke.
 */
export const buildMentionMatcher = (
  characters: CharacterIndexEntry[],
  showTitles: string[] = [],
): MentionMatcher => {
  const patterns = new Map<string, Pattern>()
  const patternFor = (label: string): Pattern | null => {
    const tokens = tokenize(label).map((token) => token.value)
    if (tokens.length === 0) return null
    const existing = patterns.get(key(tokens))
    if (existing) return existing
    const created: Pattern = { tokens, label, candidates: [], show: null }
    patterns.set(key(tokens), created)
    return created
  }
  for (const character of characters) {
    for (const label of new Set([character.name, ...character.aliases])) {
      const pattern = patternFor(label)
      if (pattern && !pattern.candidates.includes(character.id))
        pattern.candidates.push(character.id)
    }
  }
  for (const title of showTitles) {
    const pattern = patternFor(title)
    if (pattern) pattern.show ??= title
  }

  const byFirstWord = new Map<string, Pattern[]>()
  for (const pattern of patterns.values()) {
    const list = byFirstWord.get(pattern.tokens[0]) ?? []
    list.push(pattern)
    byFirstWord.set(pattern.tokens[0], list)
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
    findMentions: (text, surroundings) => {
      const before = surroundings?.before ?? ''
      const whole = `${before}${text}${surroundings?.after ?? ''}`
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
        index += pattern.tokens.length
        const start = tokens[index - pattern.tokens.length].start
        const end = tokens[index - 1].end
        if (pattern.candidates.length === 0) continue
        const wholeStart = before.length + start
        const wholeEnd = before.length + end
        if (pattern.show && isShowReferenceAround(whole, wholeStart, wholeEnd)) continue
        matches.push({
          start,
          end,
          characterId: pattern.candidates[0],
          candidates: pattern.candidates,
          label: pattern.label,
          isAmbiguous: pattern.show !== null || pattern.candidates.length > 1,
          alsoShow: pattern.show,
          context: contextAround(whole, wholeStart, wholeEnd),
        })
      }
      return matches
    },
  }
}
