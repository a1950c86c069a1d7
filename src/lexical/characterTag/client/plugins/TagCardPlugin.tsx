'use client'

import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'

import { CaretCard } from '../../../shared/CaretCard'
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
  const card = useCaretNodeCard({
    anchorElem,
    $isNode: $isCharacterTagNode,
    $readNode: $readCharacterId,
  })

  if (!card) return null
  const character = characters.find((entry) => String(entry.id) === card.data)
  return (
    <CaretCard
      card={card}
      anchorElem={anchorElem}
      className="character-tag-card"
      role="status"
      prefer="above"
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
        className="admin-button"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.dispatchCommand(UNTAG_COMMAND, card.key)}
      >
        Untag
      </button>
    </CaretCard>
  )
}
