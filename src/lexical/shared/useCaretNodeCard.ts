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

/** Where a card for the node at the caret goes, and what it read from that node. */
export type CaretNodeCard<Data> = {
  key: NodeKey
  data: Data
  /** The node's element, relative to the anchor element: the card goes under it, or above. */
  nodeTop: number
  nodeBottom: number
  left: number
  /** Closes the card until the caret moves (Escape, or a click away). */
  dismiss: () => void
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

type Caret = { nodeKey: NodeKey; anchorKey: NodeKey; offset: number }

const sameCaret = (a: Caret | null, b: Caret | null) =>
  a !== null &&
  b !== null &&
  a.nodeKey === b.nodeKey &&
  a.anchorKey === b.anchorKey &&
  a.offset === b.offset

/**
 * The node of one kind around the caret, placed against that node's element, or null when
 * the caret is elsewhere or the card was dismissed: a pointer press outside the card and the
 * node, or Escape, closes it until the caret moves. Editor state is only readable inside a
 * read, so the card gets plain data from `$readNode` rather than the node itself.
 */
export const useCaretNodeCard = <Target extends LexicalNode, Data>({
  anchorElem,
  $isNode,
  $readNode,
}: CaretNodeCardOptions<Target, Data>): CaretNodeCard<Data> | null => {
  const [editor] = useLexicalComposerContext()
  const [card, setCard] = useState<
    (Omit<CaretNodeCard<Data>, 'dismiss'> & { caret: Caret }) | null
  >(null)
  const [dismissedAt, setDismissedAt] = useState<Caret | null>(null)

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection()
          const node = $isRangeSelection(selection)
            ? $findMatchingParent(selection.anchor.getNode(), $isNode)
            : null
          const element = node ? editor.getElementByKey(node.getKey()) : null
          if (!node || !element || !$isRangeSelection(selection)) {
            setCard(null)
            return
          }
          const rect = element.getBoundingClientRect()
          const anchorRect = anchorElem.getBoundingClientRect()
          setCard({
            key: node.getKey(),
            data: $readNode(node),
            nodeTop: rect.top - anchorRect.top,
            nodeBottom: rect.bottom - anchorRect.top,
            left: rect.left - anchorRect.left,
            caret: {
              nodeKey: node.getKey(),
              anchorKey: selection.anchor.key,
              offset: selection.anchor.offset,
            },
          })
        })
      }),
    [editor, anchorElem, $isNode, $readNode],
  )

  const isOpen = card !== null && !sameCaret(dismissedAt, card.caret)

  useEffect(() => {
    if (!isOpen || !card) return
    const dismiss = () => setDismissedAt(card.caret)
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null
      const nodeElement = editor.getElementByKey(card.key)
      const cardElement = anchorElem.querySelector('[data-caret-card]')
      if (target && (cardElement?.contains(target) || nodeElement?.contains(target))) return
      dismiss()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') dismiss()
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('keydown', onKeyDown, true)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener('keydown', onKeyDown, true)
    }
  }, [isOpen, card, editor, anchorElem])

  if (!isOpen || !card) return null
  return { ...card, dismiss: () => setDismissedAt(card.caret) }
}
