import { lexicalText } from '../../shared/lexicalText'
import { isSpoilerNode } from './isSpoilerNode'

const ELLIPSIS = '…'

const rootOf = (state: unknown): unknown => {
  if (typeof state !== 'string') return state
  try {
    return JSON.parse(state)
  } catch {
    return null
  }
}

const truncateOnWord = (text: string, maxLength: number): string => {
  if (text.length <= maxLength) return text
  if (maxLength <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, maxLength))
  const limit = maxLength - ELLIPSIS.length
  const head = text.slice(0, limit)
  // The head ends on a word boundary when the next character is not part of a word.
  const isBoundary = /[^\p{L}\p{N}]/u.test(text[limit])
  const lastSpace = head.lastIndexOf(' ')
  const cut = isBoundary || lastSpace <= 0 ? head : head.slice(0, lastSpace)
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}${ELLIPSIS}`
}

/**
 * The plain text of a Lexical editor state with every spoiler removed: inline spoilers and
 * spoiler sections, wherever they are nested. This is the one function through which article
 * text may leave the article (meta descriptions, feeds, search, excerpts, sidebars). Only
 * text nodes are read, never field values or populated relations (see `walkLexicalJson`).
 *
 * Whitespace is collapsed to single spaces. With `maxLength`, the text is cut on a word
 * boundary and ends with "…", never longer than `maxLength`. Malformed input (null, strings
 * that are not JSON, nodes of the wrong shape) gives what can be read, or '', never throws.
 */
export const extractSpoilerSafeText = (
  state: unknown,
  options?: { maxLength?: number },
): string => {
  const text = lexicalText(rootOf(state), { skip: isSpoilerNode })
  const maxLength = options?.maxLength
  if (maxLength === undefined || !Number.isFinite(maxLength)) return text
  return truncateOnWord(text, Math.max(0, Math.floor(maxLength)))
}
