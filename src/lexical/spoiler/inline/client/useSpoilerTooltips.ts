'use client'

import { $getNodeByKey, type LexicalEditor } from '@payloadcms/richtext-lexical/lexical'
import { useEffect, useState } from 'react'

import { formatSpoilerScope } from '../../shared/formatSpoilerScope'
import type { ShowSpoilerInfo, SpoilerScope } from '../../shared/types'
import { $isInlineSpoilerNode, InlineSpoilerNode } from '../nodes/InlineSpoilerNode'
import { useShowOptions } from './useShowOptions'

/** What hovering an inline spoiler says: its scope in words, with the show's title. */
export const spoilerTooltip = (scope: SpoilerScope | null, shows: ShowSpoilerInfo[]): string => {
  if (!scope) return 'Spoiler (inherits the article’s warnings)'
  const show = shows.find((candidate) => String(candidate.id) === String(scope.show))
  // Until the titles arrive; an editor is never shown the show's raw id.
  if (!show) return 'Spoiler'
  return `Spoiler: ${formatSpoilerScope({ ...scope, show }, 'long')}`
}

/**
 * Keeps each inline spoiler's tooltip saying what it is scoped to. The node is shared with
 * the server and knows only the show's id, so the editor writes the words once the show
 * titles are loaded (only when the body has a spoiler), and again on every change.
 */
export const useSpoilerTooltips = (editor: LexicalEditor): void => {
  const [hasSpoilers, setHasSpoilers] = useState(false)
  const shows = useShowOptions({ isEnabled: hasSpoilers })
  useEffect(
    () =>
      editor.registerMutationListener(
        InlineSpoilerNode,
        (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, mutation] of mutations) {
              if (mutation === 'destroyed') continue
              const node = $getNodeByKey(key)
              const element = editor.getElementByKey(key)
              if (!$isInlineSpoilerNode(node) || !element) continue
              element.title = spoilerTooltip(node.getScope(), shows)
              setHasSpoilers(true)
            }
          })
        },
        { skipInitialization: false },
      ),
    [editor, shows],
  )
}
