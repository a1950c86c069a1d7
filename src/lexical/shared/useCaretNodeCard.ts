'use client'

import {
  $getSelection,
  $isRangeSelection,
  type LexicalNode,
  type NodeKey,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $findMatchingParent } from '@payloadcms/richtext-lexical/lexical/utils'
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react'

/** Where to draw a card for the node at the caret, and what it read from that node. */
export type CaretNodeCard<Data> = { key: NodeKey; data: Data; top: number; left: number }

/**
 * The card to draw, or null, and the ref to put on the card's element, which keeps the card
 * inside the editor's width.
 */
export type CaretNodeCardState<Data> = {
  card: CaretNodeCard<Data> | null
  cardRef: RefObject<HTMLDivElement | null>
}

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
 * A card for the node of one kind around the caret, placed just under that node's element
 * (`card` is null when the caret is elsewhere). Editor state is only readable inside a read, so the card gets plain
 * data from `$readNode` rather than the node itself.
 */
export const useCaretNodeCard = <Target extends LexicalNode, Data>({
  anchorElem,
  $isNode,
  $readNode,
}: CaretNodeCardOptions<Target, Data>): CaretNodeCardState<Data> => {
  const [editor] = useLexicalComposerContext()
  const [card, setCard] = useState<CaretNodeCard<Data> | null>(null)
  const cardRef = useRef<HTMLDivElement | null>(null)

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

  // A node near the editor's right edge, or a narrow editor (the live-preview split), would
  // push the card past the edge, where the pane clips it. Measured before paint at its natural
  // width (never wider than the editor), it moves left just enough to fit.
  useLayoutEffect(() => {
    const element = cardRef.current
    if (!card || !element) return
    const width = anchorElem.clientWidth
    element.style.maxWidth = `${width}px`
    element.style.left = '0px'
    element.style.left = `${Math.max(0, Math.min(card.left, width - element.offsetWidth))}px`
  }, [card, anchorElem])

  return { card, cardRef }
}
