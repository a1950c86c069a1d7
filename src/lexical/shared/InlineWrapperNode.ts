import {
  $isRangeSelection,
  type BaseSelection,
  ElementNode,
  type LexicalNode,
} from '@payloadcms/richtext-lexical/lexical'

/**
 * An inline element that wraps words the writer typed, the way a link does: character tags
 * and inline spoilers. Removing the wrapper leaves the same words behind.
 *
 * Abstract and never registered with an editor. Lexical takes static `getType`, `clone` and
 * `importJSON` from each registered class itself, never from a parent, so every subclass
 * keeps its own, along with its JSON shape and DOM.
 */
export abstract class InlineWrapperNode extends ElementNode {
  isInline(): true {
    return true
  }

  // Deleting all of a wrapper's words removes the wrapper too, rather than leaving it empty.
  canBeEmpty(): false {
    return false
  }

  // Typing at either edge writes plain text outside the wrapper, as with links.
  canInsertTextBefore(): false {
    return false
  }

  canInsertTextAfter(): false {
    return false
  }

  // Copying text selected entirely inside the wrapper keeps the wrapper around it.
  extractWithChild(_child: LexicalNode, selection: BaseSelection): boolean {
    if (!$isRangeSelection(selection)) return false
    return (
      this.isParentOf(selection.anchor.getNode()) &&
      this.isParentOf(selection.focus.getNode()) &&
      selection.getTextContent().length > 0
    )
  }

  /** Removes the wrapper and keeps its words, as they were, where they were. */
  unwrap(): void {
    for (const child of this.getChildren()) this.insertBefore(child)
    this.remove()
  }
}
