import {
  isLexicalJsonNode,
  type LexicalJsonNode,
  nestedEditorsOf,
  walkLexicalJson,
} from '@/lexical/shared/walkLexicalJson'

/** Node types Lexical itself provides; features register everything else. */
export const CORE_LEXICAL_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab']

/** Deeper than any real document; stops a crafted one from exhausting the stack. */
const MAX_DEPTH = 64

/**
 * What is wrong with one node and the shape of what it holds, or undefined. Its content is
 * then checked node by node by the walk, which enters a block's nested editors (a spoiler
 * section) by the same rule as every other reader of the body, their depth counted on.
 */
const nodeProblem = (
  node: LexicalJsonNode,
  where: string,
  depth: number,
  knownTypes: ReadonlySet<string>,
): string | undefined => {
  if (depth > MAX_DEPTH)
    return `Rich text is nested more than ${MAX_DEPTH} levels deep at ${where}.`
  if (typeof node.type !== 'string') {
    return `Rich text node at ${where} is not an object with a "type".`
  }
  if (!knownTypes.has(node.type)) {
    return `Rich text node type "${node.type}" at ${where} is not supported by this editor.`
  }
  for (const [key, root] of nestedEditorsOf(node)) {
    if (!isLexicalJsonNode(root) || root.type !== 'root') {
      return `Rich text at ${where}.fields.${key}.root is not a "root" node.`
    }
  }
  if (node.children === undefined) return undefined
  if (!Array.isArray(node.children)) return `Rich text "children" at ${where} is not a list.`
  const index = node.children.findIndex((child) => !isLexicalJsonNode(child))
  if (index >= 0)
    return `Rich text node at ${where}.children[${index}] is not an object with a "type".`
  return undefined
}

/**
 * Says what is wrong with a serialized Lexical document, or returns undefined when its shape
 * is sound and every node type is one the editor knows. Payload skips field validation for
 * drafts and never checks node types, so without this a draft could store JSON that the
 * admin and the public renderer cannot load.
 */
export const findLexicalProblem = (
  value: unknown,
  knownTypes: ReadonlySet<string>,
): string | undefined => {
  if (!isLexicalJsonNode(value) || !isLexicalJsonNode(value.root)) {
    return 'Rich text must be a Lexical document: an object with a "root" node.'
  }
  if (value.root.type !== 'root') return 'Rich text "root" node must have type "root".'
  if (!Array.isArray(value.root.children)) return 'Rich text "root" node has no "children" list.'
  let problem: string | undefined
  walkLexicalJson({
    state: value,
    visit: (node, { depth, path }) => {
      problem = nodeProblem(node, path, depth, knownTypes)
      return problem ? 'stop' : undefined
    },
  })
  return problem
}
