/**
 * Deeper than any real document (the body check refuses more than 64 levels); stops hostile
 * input read back from the database from exhausting the stack.
 */
const MAX_DEPTH = 100

/** A serialized Lexical node as the walk hands it over: an object whose fields are unchecked. */
export type LexicalJsonNode = Record<string, unknown>

/** Where a node is: its depth in nodes (a root is 0) and its path, e.g. `root.children[2]`. */
export type LexicalJsonPlace = { depth: number; path: string }

/** Options of `walkLexicalJson`. */
export type WalkLexicalJsonOptions = {
  /**
   * A stored editor state (`{ root }`), a node, or a list of either; malformed input is read
   * where it can be.
   */
  state: unknown
  /**
   * Called on every node before its content. `'skip'` leaves the node out from here on (its
   * content and its `leave`); `'stop'` ends the whole walk.
   */
  visit?: (node: LexicalJsonNode, place: LexicalJsonPlace) => 'skip' | 'stop' | void
  /** Called on every visited node after its content, e.g. to rewrite it from its children. */
  leave?: (node: LexicalJsonNode, place: LexicalJsonPlace) => void
}

export const isLexicalJsonNode = (value: unknown): value is LexicalJsonNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The editor states a block keeps in its fields (a spoiler section's `content`), by field
 * name: each is part of the document, with content of its own.
 */
export const nestedEditorsOf = (node: LexicalJsonNode): Array<[key: string, root: unknown]> =>
  isLexicalJsonNode(node.fields)
    ? Object.entries(node.fields).flatMap(([key, value]) =>
        isLexicalJsonNode(value) && 'root' in value ? [[key, value.root] as [string, unknown]] : [],
      )
    : []

/**
 * Walks stored Lexical JSON node by node, in document order. The one rule for what a node
 * holds: its `children`, then the root of every editor state nested in its `fields` (how a
 * block such as a spoiler section keeps its rich text). Nothing else is entered, so populated
 * relations (a tag's `character`, a scope's `show`) and other field values are never mistaken
 * for content. Every walk over stored rich text goes through here.
 */
export const walkLexicalJson = ({ state, visit, leave }: WalkLexicalJsonOptions): void => {
  const walkNode = (node: LexicalJsonNode, depth: number, path: string): boolean => {
    if (depth > MAX_DEPTH) return false
    const place = { depth, path }
    const answer = visit?.(node, place)
    if (answer === 'stop') return true
    if (answer === 'skip') return false
    if (Array.isArray(node.children)) {
      for (const [index, child] of node.children.entries()) {
        if (!isLexicalJsonNode(child)) continue
        if (walkNode(child, depth + 1, `${path}.children[${index}]`)) return true
      }
    }
    for (const [key, root] of nestedEditorsOf(node)) {
      if (!isLexicalJsonNode(root)) continue
      if (walkNode(root, depth + 1, `${path}.fields.${key}.root`)) return true
    }
    leave?.(node, place)
    return false
  }

  const walkState = (value: unknown, path: string): boolean => {
    if (Array.isArray(value)) {
      return value.some((item, index) => walkState(item, `${path}[${index}]`))
    }
    if (!isLexicalJsonNode(value)) return false
    // An editor state is `{ root }`; anything else with a shape is read as a node.
    if ('root' in value && !('type' in value)) {
      const root = value.root
      return isLexicalJsonNode(root) && walkNode(root, 0, path ? `${path}.root` : 'root')
    }
    return walkNode(value, 0, path)
  }

  walkState(state, '')
}
