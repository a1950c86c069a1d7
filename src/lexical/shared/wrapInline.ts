import type { ElementNode, LexicalNode } from '@payloadcms/richtext-lexical/lexical'

/** Options of `$wrapInline`. */
export type WrapInlineOptions<T extends ElementNode> = {
  /** The nodes a selection extracted, in document order. */
  nodes: LexicalNode[]
  /**
   * The node to wrap for an extracted one (itself or an ancestor), or null to leave it out.
   * Asked as the wrapping goes, so it sees the wrappers already made.
   */
  pick: (node: LexicalNode) => LexicalNode | null
  /** A new, empty wrapper (a character tag, an inline spoiler). */
  create: () => T
}

/**
 * Wraps the picked nodes in inline wrappers, consecutive siblings into one, so formatting
 * inside the selection survives, and puts the caret after the last. Returns whether anything
 * was wrapped.
 */
export const $wrapInline = <T extends ElementNode>({
  nodes,
  pick,
  create,
}: WrapInlineOptions<T>): boolean => {
  let current: T | null = null
  for (const extracted of nodes) {
    const node = pick(extracted)
    if (!node || node === current || (current && node.getParent() === current)) continue
    if (!current || current !== node.getPreviousSibling()) {
      current = create()
      node.insertBefore(current)
    }
    current.append(node)
  }
  current?.selectEnd()
  return current !== null
}
