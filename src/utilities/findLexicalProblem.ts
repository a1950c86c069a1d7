/** Node types Lexical itself provides; features register everything else. */
export const CORE_LEXICAL_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab']

/** Deeper than any real document; stops a crafted one from exhausting the stack. */
const MAX_DEPTH = 64

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const checkNode = (
  node: unknown,
  where: string,
  depth: number,
  knownTypes: ReadonlySet<string>,
): string | undefined => {
  if (depth > MAX_DEPTH)
    return `Rich text is nested more than ${MAX_DEPTH} levels deep at ${where}.`
  if (!isRecord(node) || typeof node.type !== 'string') {
    return `Rich text node at ${where} is not an object with a "type".`
  }
  if (!knownTypes.has(node.type)) {
    return `Rich text node type "${node.type}" at ${where} is not supported by this editor.`
  }
  const nested = nestedEditorProblem(node, where, depth, knownTypes)
  if (nested) return nested
  if (node.children === undefined) return undefined
  if (!Array.isArray(node.children)) return `Rich text "children" at ${where} is not a list.`
  for (const [index, child] of node.children.entries()) {
    const problem = checkNode(child, `${where}.children[${index}]`, depth + 1, knownTypes)
    if (problem) return problem
  }
  return undefined
}

/**
 * A block (a spoiler section) keeps its own editor states in its fields; they are part of the
 * document and are checked by the same rules, their depth counted from the block's.
 */
const nestedEditorProblem = (
  node: Record<string, unknown>,
  where: string,
  depth: number,
  knownTypes: ReadonlySet<string>,
): string | undefined => {
  if (!isRecord(node.fields)) return undefined
  for (const [key, value] of Object.entries(node.fields)) {
    if (!isRecord(value) || !('root' in value)) continue
    const root = value.root
    const at = `${where}.fields.${key}.root`
    if (!isRecord(root) || root.type !== 'root') return `Rich text at ${at} is not a "root" node.`
    const problem = checkNode(root, at, depth + 1, knownTypes)
    if (problem) return problem
  }
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
  if (!isRecord(value) || !isRecord(value.root)) {
    return 'Rich text must be a Lexical document: an object with a "root" node.'
  }
  if (value.root.type !== 'root') return 'Rich text "root" node must have type "root".'
  if (!Array.isArray(value.root.children)) return 'Rich text "root" node has no "children" list.'
  return checkNode(value.root, 'root', 0, knownTypes)
}
