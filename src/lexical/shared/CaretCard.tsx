'use client'

import { type ReactNode, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import type { CaretNodeCard } from './useCaretNodeCard'

import './adminButton.css'
import './caretCard.css'

/** Space between the node and its card. */
const GAP = 4

/** Grows the editor by `pixels` below its text (0 takes the room back). */
const makeRoomBelow = (editorElement: HTMLElement, pixels: number) => {
  editorElement.style.marginBottom = pixels > 0 ? `${pixels}px` : ''
}

type CaretCardProps = {
  card: CaretNodeCard<unknown>
  anchorElem: HTMLElement
  className: string
  role: 'group' | 'status'
  label?: string
  /**
   * Which side of the node the card prefers. A tag inside a spoiler has both cards at once:
   * the tag's small card goes above and the spoiler's below, so neither covers the other.
   */
  prefer?: 'above' | 'below'
  children: ReactNode
}

/**
 * A card under the node at the caret, portalled into the editor's floating-anchor element. It
 * stays inside the editor: when there is no room on its preferred side (the last lines, above
 * the mentions panel), it opens on the other side, or makes room, instead of covering what
 * follows the editor.
 */
export const CaretCard = ({
  card,
  anchorElem,
  className,
  role,
  label,
  prefer = 'below',
  children,
}: CaretCardProps) => {
  const ref = useRef<HTMLDivElement>(null)
  const [placement, setPlacement] = useState({ isAbove: false, height: 0, left: card.left })

  // Measured before paint, so the card never shows on the wrong side first. When it fits on
  // neither side (a short body), the editor makes room below it: the panel under the editor
  // moves down instead of being covered.
  // A node near the editor's right edge, or a narrow editor (the live-preview split), would
  // push the card past the edge, where the pane clips it: measured at its natural width (never
  // wider than the editor), it moves left just enough to fit.
  useLayoutEffect(() => {
    const element = ref.current
    const height = element?.offsetHeight ?? 0
    const width = anchorElem.clientWidth
    if (element) element.style.maxWidth = `${width}px`
    const left = Math.max(0, Math.min(card.left, width - (element?.offsetWidth ?? 0)))
    const overflowBelow = card.nodeBottom + GAP + height - anchorElem.clientHeight
    const fitsAbove = card.nodeTop - GAP - height >= 0
    const isAbove =
      prefer === 'above' ? fitsAbove || overflowBelow > 0 : overflowBelow > 0 && fitsAbove
    makeRoomBelow(anchorElem, !isAbove && overflowBelow > 0 ? overflowBelow : 0)
    setPlacement((current) =>
      current.isAbove === isAbove && current.height === height && current.left === left
        ? current
        : { isAbove, height, left },
    )
  }, [anchorElem, card.nodeTop, card.nodeBottom, card.left, prefer])

  useLayoutEffect(() => () => makeRoomBelow(anchorElem, 0), [anchorElem])

  const top = placement.isAbove ? card.nodeTop - GAP - placement.height : card.nodeBottom + GAP

  // A node near the bottom of the window (or of the live-preview pane) opens its card partly
  // out of sight; scroll just enough to show all of it, as a dropdown does.
  useLayoutEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [top, placement.left])
  return createPortal(
    <div
      ref={ref}
      data-caret-card=""
      className={`caret-card ${className}`}
      style={{ top, left: placement.left }}
      role={role}
      aria-label={label}
      // Keep the caret (and so the card) in the node while its buttons are used; form
      // controls still take focus, to be typed into.
      onMouseDown={(event) => {
        const target = event.target as HTMLElement
        if (!target.closest('select, input, a')) event.preventDefault()
      }}
    >
      {children}
    </div>,
    anchorElem,
  )
}
