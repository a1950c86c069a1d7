import { walkLexicalJson } from '../../shared/walkLexicalJson'
import { isSpoilerNode } from './isSpoilerNode'

const MAX_DEPTH = 200

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** All text under a node, including nested editors in block fields. */
const allText = (value: unknown, depth: number): string => {
  if (depth > MAX_DEPTH) return ''
  if (Array.isArray(value)) return value.map((item) => allText(item, depth + 1)).join(' ')
  if (!isRecord(value)) return ''
  if (typeof value.text === 'string') return value.text
  const parts: string[] = []
  for (const [key, child] of Object.entries(value)) {
    // Populated relations are output, not the spoiler's words.
    if (key === 'character' || key === 'show') continue
    if (typeof child === 'object' && child !== null) parts.push(allText(child, depth + 1))
  }
  return parts.join(' ')
}

/**
 * The text of every spoiler in a Lexical editor state, one entry per outermost spoiler,
 * whitespace collapsed. Used to check that nothing outside the body repeats a spoiler.
 */
export const collectSpoilerTexts = (state: unknown): string[] => {
  const found: string[] = []
  walkLexicalJson({
    state,
    visit: (node, depth) => {
      if (!isSpoilerNode(node)) return
      const text = allText(node, depth).replace(/\s+/gu, ' ').trim()
      if (text) found.push(text)
      // A spoiler nested in this one is already part of its text.
      return 'skip'
    },
  })
  return found
}
