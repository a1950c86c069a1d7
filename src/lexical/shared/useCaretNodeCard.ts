'use client'

import {
  $getSelection,
  $isRangeSelection,
  type LexicalNode,
  type NodeKey,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $findMatchingParent } from '@payloadcms/richtext-lexical/lexical/utils'
import { useEffect, useState } from 'react'

/** Where to draw a card for the node at the caret, and what it read from that node. */
export type CaretNodeCard<Data> = { key: NodeKey; data: Data; top: number; left: number }

/** Options of `useCaretNodeCard`. Pass module-level functions: a new one re-subscribes. */
export type CaretNodeCardOptions<Target extends LexicalNode, Data> = {
  /** The floating-anchor element the card is portalled into and positioned against. */
  anchorElem: HTMLElement
  /** Which wrapping node the card is for; the nearest one around the caret wins. */
  $isNode: (node: LexicalNode | null | undefined) => node is Target
  /** What the card shows, read from the node inside the editor state. */
  $readNode: (node: Target) => Data
}

/**
 * The node of one kind around the caret, placed just under that node's element, or null when
 * the caret is elsewhere. Editor state is only readable inside a read, so the card gets plain
 * data from `$readNode` rather than the node itself.
 */
export const useCaretNodeCard = <Target extends LexicalNode, Data>({
  anchorElem,
  $isNode,
  $readNode,
}: CaretNodeCardOptions<Target, Data>): CaretNodeCard<Data> | null => {
  const [editor] = useLexicalComposerContext()
  const [card, setCard] = useState<CaretNodeCard<Data> | null>(null)

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection()
          const node = $isRangeSelection(selection)
            ? $findMatchingParent(selection.anchor.getNode(), $isNode)
            : null
          const element = node ? editor.getElementByKey(node.getKey()) : null
          if (!node || !element) {
            setCard(null)
            return
          }
          const rect = element.getBoundingClientRect()
          const anchorRect = anchorElem.getBoundingClientRect()
          setCard({
            key: node.getKey(),
            data: $readNode(node),
            top: rect.bottom - anchorRect.top + 4,
            left: rect.left - anchorRect.left,
          })
        })
      }),
    [editor, anchorElem, $isNode, $readNode],
  )

  return card
}
