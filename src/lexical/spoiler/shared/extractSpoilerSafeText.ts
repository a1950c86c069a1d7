import { isSpoilerNode } from './isSpoilerNode'

/** Deeper than any real document; stops hostile input from exhausting the walk. */
const MAX_DEPTH = 200

/** Elements that flow inside a line; every other element is a block and ends a word. */
const INLINE_ELEMENT_TYPES = new Set(['link', 'autolink', 'characterTag'])

const ELLIPSIS = '…'

type TextNodeLike = { type?: unknown; text?: unknown; children?: unknown }

const isRecord = (value: unknown): value is TextNodeLike =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const rootOf = (state: unknown): unknown => {
  if (typeof state === 'string') {
    try {
      return rootOf(JSON.parse(state))
    } catch {
      return null
    }
  }
  if (isRecord(state) && 'root' in state) return (state as { root: unknown }).root
  return state
}

/**
 * Only `text` and `children` are read. Text kept anywhere else (block fields, nested editors,
 * populated relations) is left out on purpose: what is not walked can never leak.
 */
const collectText = (node: unknown, out: string[], depth: number): void => {
  if (depth > MAX_DEPTH) return
  if (Array.isArray(node)) {
    for (const child of node) collectText(child, out, depth + 1)
    return
  }
  if (!isRecord(node) || isSpoilerNode(node)) return
  if (node.type === 'linebreak' || node.type === 'tab') {
    out.push(' ')
    return
  }
  if (typeof node.text === 'string') {
    out.push(node.text)
    return
  }
  if (!Array.isArray(node.children)) return
  const isBlock = typeof node.type !== 'string' || !INLINE_ELEMENT_TYPES.has(node.type)
  if (isBlock) out.push(' ')
  collectText(node.children, out, depth + 1)
  if (isBlock) out.push(' ')
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
 * text may leave the article (meta descriptions, feeds, search, excerpts, sidebars).
 *
 * Whitespace is collapsed to single spaces. With `maxLength`, the text is cut on a word
 * boundary and ends with "…", never longer than `maxLength`. Malformed input (null, strings
 * that are not JSON, nodes of the wrong shape) gives what can be read, or '', never throws.
 */
export const extractSpoilerSafeText = (
  state: unknown,
  options?: { maxLength?: number },
): string => {
  const out: string[] = []
  collectText(rootOf(state), out, 0)
  const text = out.join('').replace(/\s+/gu, ' ').trim()
  const maxLength = options?.maxLength
  if (maxLength === undefined || !Number.isFinite(maxLength)) return text
  return truncateOnWord(text, Math.max(0, Math.floor(maxLength)))
}
