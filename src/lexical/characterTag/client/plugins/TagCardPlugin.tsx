'use client'

import {
  $getSelection,
  $isRangeSelection,
  type NodeKey,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'

import { useCharacterIndex } from '../characterIndexStore'
import { UNTAG_COMMAND } from '../commands'
import { $findTagAncestor } from '../tagOperations'

type Card = { key: NodeKey; characterId: string; top: number; left: number }

/**
 * When the caret is inside a tag, a small card under it says which character the tag points
 * to, links to that character, and offers "Untag". Keyboard users get the same information
 * a mouse user gets from the tag's hover title.
 */
export const TagCardPlugin = ({ anchorElem }: { anchorElem: HTMLElement }) => {
  const [editor] = useLexicalComposerContext()
  const { characters } = useCharacterIndex()
  const [card, setCard] = useState<Card | null>(null)

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection()
          const tag = $isRangeSelection(selection)
            ? $findTagAncestor(selection.anchor.getNode())
            : null
          const element = tag ? editor.getElementByKey(tag.getKey()) : null
          if (!tag || !element) {
            setCard(null)
            return
          }
          const rect = element.getBoundingClientRect()
          const anchorRect = anchorElem.getBoundingClientRect()
          setCard({
            key: tag.getKey(),
            characterId: String(tag.getCharacterId()),
            top: rect.bottom - anchorRect.top + 4,
            left: rect.left - anchorRect.left,
          })
        })
      }),
    [editor, anchorElem],
  )

  if (!card) return null
  const character = characters.find((entry) => String(entry.id) === card.characterId)
  return createPortal(
    <div className="character-tag-card" style={{ top: card.top, left: card.left }} role="status">
      <span>
        Tagged:{' '}
        {character ? (
          <a
            href={`/admin/collections/characters/${character.id}`}
            target="_blank"
            rel="noreferrer"
          >
            {character.name}
          </a>
        ) : (
          <em>character not found</em>
        )}
      </span>
      <button
        type="button"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.dispatchCommand(UNTAG_COMMAND, card.key)}
      >
        Untag
      </button>
    </div>,
    anchorElem,
  )
}
