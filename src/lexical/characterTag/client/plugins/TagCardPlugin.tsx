'use client'

import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { createPortal } from 'react-dom'

import { useCaretNodeCard } from '../../../shared/useCaretNodeCard'
import { $isCharacterTagNode, type CharacterTagNode } from '../../nodes/CharacterTagNode'
import { useCharacterIndex } from '../characterIndexStore'
import { UNTAG_COMMAND } from '../commands'

const $readCharacterId = (tag: CharacterTagNode): string => String(tag.getCharacterId())

/**
 * When the caret is inside a tag, a small card under it says which character the tag points
 * to, links to that character, and offers "Untag". Keyboard users get the same information
 * a mouse user gets from the tag's hover title.
 */
export const TagCardPlugin = ({ anchorElem }: { anchorElem: HTMLElement }) => {
  const [editor] = useLexicalComposerContext()
  const { characters } = useCharacterIndex()
  const { card, cardRef } = useCaretNodeCard({
    anchorElem,
    $isNode: $isCharacterTagNode,
    $readNode: $readCharacterId,
  })

  if (!card) return null
  const character = characters.find((entry) => String(entry.id) === card.data)
  return createPortal(
    <div
      ref={cardRef}
      className="character-tag-card"
      style={{ top: card.top, left: card.left }}
      role="status"
    >
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
