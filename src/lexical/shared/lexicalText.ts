import { CHARACTER_TAG_TYPE } from '../characterTag/shared/types'
import { INLINE_SPOILER_TYPE } from '../spoiler/shared/types'
import { type LexicalJsonNode, walkLexicalJson } from './walkLexicalJson'

/** Elements that flow inside a line; every other element is a block and ends a word. */
const INLINE_ELEMENT_TYPES = new Set(['link', 'autolink', CHARACTER_TAG_TYPE, INLINE_SPOILER_TYPE])

const isBlockElement = (node: LexicalJsonNode): boolean =>
  Array.isArray(node.children) &&
  !(typeof node.type === 'string' && INLINE_ELEMENT_TYPES.has(node.type))

/** Options of `lexicalText`. */
export type LexicalTextOptions = {
  /** Nodes whose words are left out, with everything inside them (spoilers, for readers). */
  skip?: (node: LexicalJsonNode) => boolean
}

/**
 * The words of stored Lexical JSON (a state, a node or a list), as a reader would read them:
 * words that run on inside a line (across bold text, links and tags) stay joined, and blocks
 * (paragraphs, list items, a block's nested editor) are kept apart by a space. Whitespace is
 * collapsed to single spaces; malformed input gives what can be read, or ''.
 */
export const lexicalText = (state: unknown, { skip }: LexicalTextOptions = {}): string => {
  const out: string[] = []
  walkLexicalJson({
    state,
    visit: (node) => {
      if (skip?.(node)) return 'skip'
      if (node.type === 'linebreak' || node.type === 'tab') {
        out.push(' ')
        return 'skip'
      }
      if (typeof node.text === 'string') {
        out.push(node.text)
        return 'skip'
      }
      if (isBlockElement(node)) out.push(' ')
    },
    leave: (node) => {
      if (isBlockElement(node)) out.push(' ')
    },
  })
  return out.join('').replace(/\s+/gu, ' ').trim()
}
