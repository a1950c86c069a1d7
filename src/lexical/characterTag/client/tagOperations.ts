import {
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from '@payloadcms/richtext-lexical/lexical'
import { $findMatchingParent } from '@payloadcms/richtext-lexical/lexical/utils'

import {
  $createCharacterTagNode,
  $isCharacterTagNode,
  type CharacterTagNode,
} from '../nodes/CharacterTagNode'
import { $wrapInline } from '../../shared/wrapInline'
import { needsSpaceAfterTag } from '../shared/typeaheadInsertion'
import type { CharacterId } from '../shared/types'

/** The tag containing this node, if any. */
export const $findTagAncestor = (node: LexicalNode | null | undefined): CharacterTagNode | null =>
  node ? ($findMatchingParent(node, $isCharacterTagNode) as CharacterTagNode | null) : null

/**
 * Tags the current selection. Inside one existing tag it retargets that tag; otherwise the
 * selected text nodes are wrapped, consecutive siblings into one tag, so formatting inside
 * the selection survives.
 */
export const $tagSelection = (characterId: CharacterId): boolean => {
  const selection = $getSelection()
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return false

  const existing = $findTagAncestor(selection.anchor.getNode())
  if (existing && existing === $findTagAncestor(selection.focus.getNode())) {
    existing.setCharacterId(characterId)
    return true
  }

  return $wrapInline({
    nodes: selection.extract(),
    pick: (node) => ($isTextNode(node) && !$findTagAncestor(node) ? node : null),
    create: () => $createCharacterTagNode(characterId),
  })
}

/** Unwraps a tag: its words stay exactly where they were, as plain text. */
export const $untag = (key: NodeKey): void => {
  const tag = $getNodeByKey(key)
  if ($isCharacterTagNode(tag)) tag.unwrap()
}

/**
 * Replaces the `@query` text with a tag holding `text`, and puts the caret right after it. A
 * space is added only when a word follows straight on; otherwise the writer types their own,
 * and none is doubled.
 */
export const $insertTagForQuery = (
  queryNode: TextNode | null,
  characterId: CharacterId,
  text: string,
): void => {
  const tag = $createCharacterTagNode(characterId)
  tag.append($createTextNode(text))
  if (queryNode) queryNode.replace(tag)
  else $getSelection()?.insertNodes([tag])
  const next = tag.getNextSibling()
  const nextText = $isTextNode(next) ? next.getTextContent() : null
  if (needsSpaceAfterTag(nextText)) {
    const space = $createTextNode(' ')
    tag.insertAfter(space)
    space.select(1, 1)
  } else if ($isTextNode(next)) {
    next.select(0, 0)
  } else {
    // At the end of the tag's words: a tag, like a link, takes no typing at its edge, so the
    // next letters start plain text after it. (An element point after the tag instead went
    // stale when "Tag all" then split the paragraph.)
    tag.selectEnd()
  }
}

/** A range inside one text node to turn into a tag. */
export type TextRangeToTag = { start: number; end: number; characterId: CharacterId }

/**
 * Wraps several ranges of one text node in tags with a single split, so offsets computed on
 * the node's text stay valid. Ranges must not overlap.
 */
export const $tagTextRanges = (node: TextNode, ranges: TextRangeToTag[]): void => {
  if (ranges.length === 0 || $findTagAncestor(node)) return
  const sorted = [...ranges].sort((a, b) => a.start - b.start)
  const offsets = [...new Set(sorted.flatMap(({ start, end }) => [start, end]))].filter(
    (offset) => offset > 0 && offset < node.getTextContentSize(),
  )
  const parts = offsets.length > 0 ? node.splitText(...offsets) : [node]
  let position = 0
  for (const part of parts) {
    const range = sorted.find((candidate) => candidate.start === position)
    position += part.getTextContentSize()
    if (!range || position !== range.end) continue
    const tag = $createCharacterTagNode(range.characterId)
    part.insertBefore(tag)
    tag.append(part)
  }
}
