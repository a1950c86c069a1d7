import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
  type NodeKey,
} from '@payloadcms/richtext-lexical/lexical'
import { $findMatchingParent } from '@payloadcms/richtext-lexical/lexical/utils'

import {
  $createInlineSpoilerNode,
  $isInlineSpoilerNode,
  type InlineSpoilerNode,
} from '../nodes/InlineSpoilerNode'
import { $wrapInline } from '../../../shared/wrapInline'

/** The inline spoiler containing this node, if any. */
export const $findSpoilerAncestor = (
  node: LexicalNode | null | undefined,
): InlineSpoilerNode | null =>
  node ? ($findMatchingParent(node, $isInlineSpoilerNode) as InlineSpoilerNode | null) : null

/** Unwraps a spoiler: its words stay exactly where they were, as plain text. */
export const $removeInlineSpoiler = (key: NodeKey): void => {
  const spoiler = $getNodeByKey(key)
  if ($isInlineSpoilerNode(spoiler)) spoiler.unwrap()
}

/**
 * With the caret in a spoiler, removes it. Otherwise wraps the selected inline nodes,
 * consecutive siblings into one spoiler, so formatting and character tags survive.
 */
export const $toggleInlineSpoiler = (): boolean => {
  const selection = $getSelection()
  if (!$isRangeSelection(selection)) return false
  const existing = $findSpoilerAncestor(selection.anchor.getNode())
  if (existing) {
    $removeInlineSpoiler(existing.getKey())
    return true
  }
  if (selection.isCollapsed()) return false

  return $wrapInline({
    nodes: selection.extract(),
    pick: (extracted) => {
      // Wrap whole inline elements (a character tag) rather than the text inside them.
      const node = $isTextNode(extracted)
        ? ($findMatchingParent(extracted, (candidate) => {
            const parent = candidate.getParent()
            return parent !== null && !parent.isInline()
          }) ?? extracted)
        : extracted
      return node.isInline() && !$findSpoilerAncestor(node) ? node : null
    },
    create: () => $createInlineSpoilerNode(null),
  })
}
