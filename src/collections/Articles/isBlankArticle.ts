import { walkLexicalJson } from '@/lexical/shared/walkLexicalJson'

/** Nodes that hold nothing by themselves; anything else in a body is content. */
const EMPTY_NODE_TYPES = new Set(['root', 'paragraph', 'linebreak', 'text'])

const hasText = (value: unknown): boolean => typeof value === 'string' && value.trim() !== ''

const hasItems = (value: unknown): boolean => Array.isArray(value) && value.length > 0

/** Whether a Lexical body holds anything: text, or any node other than empty paragraphs. */
export const isBodyBlank = (body: unknown): boolean => {
  let isBlank = true
  walkLexicalJson({
    state: body,
    visit: (node) => {
      if (typeof node.type !== 'string') return
      if (!EMPTY_NODE_TYPES.has(node.type) || (node.type === 'text' && hasText(node.text))) {
        isBlank = false
        return 'stop'
      }
    },
  })
  return isBlank
}

/**
 * Whether an article holds nothing an editor wrote: no title, dek, body, image, warnings or
 * shows, and was never published (`publishedAt` is stamped on first publish and kept).
 * Payload's "Create New" saves such a document the moment the form opens (autosave needs an
 * id); left alone, it would linger in the list as "<No Title>". Deleting one loses nothing.
 */
export const isBlankArticle = (article: Record<string, unknown>): boolean =>
  !article.publishedAt &&
  !hasText(article.title) &&
  !hasText(article.dek) &&
  isBodyBlank(article.body) &&
  !article.heroImage &&
  !hasItems(article.spoilerWarnings) &&
  !hasItems(article.shows)
