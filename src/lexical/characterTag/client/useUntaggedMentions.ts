'use client'

import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type NodeKey,
  SKIP_SELECTION_FOCUS_TAG,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $findMatchingParent } from '@payloadcms/richtext-lexical/lexical/utils'
import { useEffect, useMemo, useState } from 'react'

import {
  buildMentionMatcher,
  type MentionMatch,
  type MentionMatcher,
  type Surroundings,
} from '../shared/mentionMatcher'
import type { CharacterId } from '../shared/types'
import { useCharacterIndex } from './characterIndexStore'
import { CHARACTER_TAG_UPDATE } from './commands'
import { $findTagAncestor, $tagTextRanges } from './tagOperations'

/** One name or alias with an unambiguous meaning, and how often it appears untagged. */
export type MentionRow = { key: string; label: string; characterId: CharacterId; count: number }

/** One ambiguous mention, listed on its own for the editor to decide. */
export type AmbiguousMention = MentionMatch & { id: string; nodeKey: NodeKey }

/** How much of the paragraph on either side of a text node the matcher sees. */
const SURROUNDING_CHARS = 80

/** Typing pauses this long before the panel rescans; the scan itself takes a few ms. */
const RESCAN_DELAY_MS = 250

const rowKey = (characterId: CharacterId, label: string) => `${characterId}|${label}`

/** Each text node's paragraph text on either side of it, for show references and context. */
const $surroundingsByNode = (): Map<NodeKey, Surroundings> => {
  const result = new Map<NodeKey, Surroundings>()
  const seenBlocks = new Set<NodeKey>()
  for (const node of $getRoot().getAllTextNodes()) {
    const block = $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline())
    if (!$isElementNode(block) || seenBlocks.has(block.getKey())) continue
    seenBlocks.add(block.getKey())
    const texts = block.getAllTextNodes()
    const whole = texts.map((text) => text.getTextContent()).join('')
    let offset = 0
    for (const text of texts) {
      const size = text.getTextContentSize()
      result.set(text.getKey(), {
        before: whole.slice(Math.max(0, offset - SURROUNDING_CHARS), offset),
        after: whole.slice(offset + size, offset + size + SURROUNDING_CHARS),
      })
      offset += size
    }
  }
  return result
}

/** Untagged mentions in every text node outside a tag, by node. */
const $findUntagged = (matcher: MentionMatcher): Map<NodeKey, MentionMatch[]> => {
  const byNode = new Map<NodeKey, MentionMatch[]>()
  const surroundings = $surroundingsByNode()
  for (const node of $getRoot().getAllTextNodes()) {
    if ($findTagAncestor(node)) continue
    const matches = matcher.findMentions(node.getTextContent(), surroundings.get(node.getKey()))
    if (matches.length > 0) byNode.set(node.getKey(), matches)
  }
  return byNode
}

const summarize = (byNode: Map<NodeKey, MentionMatch[]>) => {
  const rows = new Map<string, MentionRow>()
  const ambiguous: AmbiguousMention[] = []
  for (const [nodeKey, matches] of byNode) {
    for (const match of matches) {
      if (match.isAmbiguous) {
        ambiguous.push({ ...match, nodeKey, id: `${nodeKey}:${match.start}` })
        continue
      }
      const key = rowKey(match.characterId, match.label)
      const row = rows.get(key) ?? {
        key,
        label: match.label,
        characterId: match.characterId,
        count: 0,
      }
      row.count += 1
      rows.set(key, row)
    }
  }
  return {
    rows: [...rows.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    ambiguous,
  }
}

/**
 * The untagged mentions of the editor's text, rescanned shortly after each edit, and the
 * actions on them. Show titles come with the character index, so show references are never
 * offered, and mentions that could be a show or several characters are kept apart: "Tag"
 * and "Tag all" never touch them; each is tagged only by the editor's own choice.
 */
export const useUntaggedMentions = () => {
  const [editor] = useLexicalComposerContext()
  const { characters, showTitles, isLoading, error } = useCharacterIndex()
  const matcher = useMemo(
    () => buildMentionMatcher(characters, showTitles),
    [characters, showTitles],
  )
  const [found, setFound] = useState<ReturnType<typeof summarize>>({ rows: [], ambiguous: [] })

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const rescan = () =>
      editor.getEditorState().read(() => setFound(summarize($findUntagged(matcher))))
    rescan()
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return
      clearTimeout(timer)
      timer = setTimeout(rescan, RESCAN_DELAY_MS)
    })
    return () => {
      clearTimeout(timer)
      unregister()
    }
  }, [editor, matcher])

  // The panel's buttons sit outside the editor. Without SKIP_SELECTION_FOCUS_TAG the update's
  // commit focused the editor, whose focus listeners then edited a state being committed
  // (Lexical warned of an anti-pattern in development) and the button lost focus.
  const fromPanel = { tag: [CHARACTER_TAG_UPDATE, SKIP_SELECTION_FOCUS_TAG] }

  /** Tags every unambiguous mention in `rowKeys` (all of them when null). */
  const tagRows = (rowKeys: Set<string> | null) =>
    editor.update(() => {
      for (const [nodeKey, matches] of $findUntagged(matcher)) {
        const node = $getNodeByKey(nodeKey)
        if (!$isTextNode(node)) continue
        const wanted = matches.filter(
          (match) =>
            !match.isAmbiguous && (!rowKeys || rowKeys.has(rowKey(match.characterId, match.label))),
        )
        $tagTextRanges(node, wanted)
      }
    }, fromPanel)

  /** Tags one ambiguous mention as the character the editor chose, if it is still there. */
  const tagOne = (mention: AmbiguousMention, characterId: CharacterId) =>
    editor.update(() => {
      const node = $getNodeByKey(mention.nodeKey)
      if (!$isTextNode(node) || $findTagAncestor(node)) return
      const current = matcher
        .findMentions(node.getTextContent(), $surroundingsByNode().get(node.getKey()))
        .find((match) => match.start === mention.start && match.label === mention.label)
      if (current) $tagTextRanges(node, [{ start: current.start, end: current.end, characterId }])
    }, fromPanel)

  return { ...found, characters, isLoading, error, tagRows, tagOne }
}
