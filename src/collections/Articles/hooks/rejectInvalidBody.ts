import { type CollectionBeforeValidateHook, type RichTextField, ValidationError } from 'payload'

import type { Article } from '@/payload-types'
import { CORE_LEXICAL_NODE_TYPES, findLexicalProblem } from '@/utilities/findLexicalProblem'

/** A Lexical node class: `getType()` is the `type` it serializes as. */
type NodeClass = { getType: () => string }
type EditorNodes = { editorConfig?: { features?: { nodes?: Array<{ node: unknown }> } } }

const isNodeClass = (node: unknown): node is NodeClass =>
  typeof node === 'function' && typeof (node as Partial<NodeClass>).getType === 'function'

/** Every node type the `body` editor registers, read from the config so new features count. */
const knownNodeTypes = (field: RichTextField | undefined): Set<string> => {
  const nodes = (field?.editor as EditorNodes | undefined)?.editorConfig?.features?.nodes ?? []
  const types = nodes.flatMap(({ node }) => (isNodeClass(node) ? [node.getType()] : []))
  return new Set([...CORE_LEXICAL_NODE_TYPES, ...types])
}

/**
 * Refuses a body that is not a Lexical document of known nodes, with a 400 naming the
 * problem. It runs for drafts and autosaves too, which Payload's own validation skips.
 */
export const rejectInvalidBody: CollectionBeforeValidateHook<Article> = ({ collection, data }) => {
  if (data?.body === undefined || data.body === null) return data
  const field = collection.flattenedFields.find(
    (candidate): candidate is RichTextField =>
      candidate.name === 'body' && candidate.type === 'richText',
  )
  const problem = findLexicalProblem(data.body, knownNodeTypes(field))
  if (problem) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'body', message: problem }],
    })
  }
  return data
}
