'use client'

import {
  $getNodeByKey,
  $getRoot,
  $isTextNode,
  type NodeKey,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect, useMemo, useState } from 'react'

import { buildMentionMatcher, type MentionMatcher } from '../../shared/mentionMatcher'
import type { CharacterId } from '../../shared/types'
import { useCharacterIndex } from '../characterIndexStore'
import { CHARACTER_TAG_UPDATE } from '../commands'
import { $findTagAncestor, $tagTextRanges, type TextRangeToTag } from '../tagOperations'

type Row = { key: string; label: string; characterId: CharacterId; count: number }

/** Typing pauses this long before the panel rescans; the scan itself takes a few ms. */
const RESCAN_DELAY_MS = 250

const rowKey = (characterId: CharacterId, label: string) => `${characterId}|${label}`

/** Untagged mentions in every text node outside a tag, grouped by node. */
const $findUntagged = (matcher: MentionMatcher) => {
  const byNode = new Map<NodeKey, Array<TextRangeToTag & { key: string; label: string }>>()
  for (const node of $getRoot().getAllTextNodes()) {
    if ($findTagAncestor(node)) continue
    const matches = matcher.findMentions(node.getTextContent())
    if (matches.length === 0) continue
    byNode.set(
      node.getKey(),
      matches.map((match) => ({ ...match, key: rowKey(match.characterId, match.label) })),
    )
  }
  return byNode
}

/**
 * Lists known names and aliases that appear in the text but are not tagged yet, with a
 * count, a "Tag" button per name and "Tag all". The matcher is built once per character
 * list; each rescan is one pass over the words.
 */
export const UntaggedMentionsPanel = () => {
  const [editor] = useLexicalComposerContext()
  const { characters, isLoading, error } = useCharacterIndex()
  const matcher = useMemo(() => buildMentionMatcher(characters), [characters])
  const [rows, setRows] = useState<Row[]>([])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const rescan = () => {
      editor.getEditorState().read(() => {
        const counts = new Map<string, Row>()
        for (const matches of $findUntagged(matcher).values()) {
          for (const match of matches) {
            const row = counts.get(match.key) ?? {
              key: match.key,
              label: match.label,
              characterId: match.characterId,
              count: 0,
            }
            row.count += 1
            counts.set(match.key, row)
          }
        }
        setRows(
          [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
        )
      })
    }
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

  const tag = (keys: Set<string> | null) => {
    editor.update(
      () => {
        for (const [nodeKey, matches] of $findUntagged(matcher)) {
          const node = $getNodeByKey(nodeKey)
          if (!$isTextNode(node)) continue
          $tagTextRanges(node, keys ? matches.filter((match) => keys.has(match.key)) : matches)
        }
      },
      { tag: CHARACTER_TAG_UPDATE },
    )
  }

  const characterName = (id: CharacterId) =>
    characters.find((c) => String(c.id) === String(id))?.name
  const total = rows.reduce((sum, row) => sum + row.count, 0)

  return (
    <section className="untagged-mentions" aria-labelledby="untagged-mentions-heading">
      <header className="untagged-mentions__header">
        <h3 id="untagged-mentions-heading">Untagged mentions</h3>
        {rows.length > 0 && (
          <button type="button" onClick={() => tag(null)}>
            Tag all ({total})
          </button>
        )}
      </header>
      {error && <p role="alert">Characters could not be loaded: {error}</p>}
      {!error && isLoading && <p role="status">Loading characters…</p>}
      {!error && !isLoading && rows.length === 0 && (
        <p className="untagged-mentions__empty">Every known character mention is tagged.</p>
      )}
      {rows.length > 0 && (
        <ul>
          {rows.map((row) => {
            const name = characterName(row.characterId)
            return (
              <li key={row.key}>
                <span className="untagged-mentions__label">{row.label}</span>
                {name && name !== row.label && (
                  <span className="untagged-mentions__alias"> → {name}</span>
                )}
                <span className="untagged-mentions__count" aria-label={`${row.count} untagged`}>
                  ×{row.count}
                </span>
                <button
                  type="button"
                  aria-label={`Tag ${row.count} mention${row.count === 1 ? '' : 's'} of ${row.label}`}
                  onClick={() => tag(new Set([row.key]))}
                >
                  Tag
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
