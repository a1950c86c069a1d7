'use client'

import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  useBasicTypeaheadTriggerMatch,
} from '@payloadcms/richtext-lexical/lexical/react/LexicalTypeaheadMenuPlugin'
import { useMemo, useState } from 'react'
import { createPortal } from 'react-dom'

import { type CharacterSuggestion, searchCharacters } from '../../shared/searchCharacters'
import { tagWordsForSuggestion } from '../../shared/typeaheadInsertion'
import { useCharacterIndex } from '../characterIndexStore'
import { CharacterOption } from '../CharacterOption'
import { CHARACTER_TAG_UPDATE } from '../commands'
import { $insertTagForQuery } from '../tagOperations'

class CharacterMenuOption extends MenuOption {
  suggestion: CharacterSuggestion
  constructor(suggestion: CharacterSuggestion) {
    super(String(suggestion.character.id))
    this.suggestion = suggestion
  }
}

/**
 * `@` then letters opens a list of characters matching a name or alias. Arrow keys move,
 * Enter or Tab tags, Escape closes (all handled by Lexical's typeahead plugin). The tag
 * holds the name or alias the letters matched ("@Pat" → "Patsy", pointing at Trish Walker).
 */
export const MentionTypeaheadPlugin = () => {
  const [editor] = useLexicalComposerContext()
  const { characters, isLoading } = useCharacterIndex()
  const [query, setQuery] = useState<string | null>(null)
  const triggerFn = useBasicTypeaheadTriggerMatch('@', {
    minLength: 0,
    maxLength: 40,
    allowWhitespace: true,
  })

  const options = useMemo(
    () =>
      query === null
        ? []
        : searchCharacters(characters, query).map(
            (suggestion) => new CharacterMenuOption(suggestion),
          ),
    [characters, query],
  )

  return (
    <LexicalTypeaheadMenuPlugin<CharacterMenuOption>
      onQueryChange={setQuery}
      onSelectOption={(option, queryNode, closeMenu) => {
        editor.update(
          () => {
            const { suggestion } = option
            $insertTagForQuery(
              queryNode,
              suggestion.character.id,
              tagWordsForSuggestion(suggestion),
            )
          },
          { tag: CHARACTER_TAG_UPDATE },
        )
        closeMenu()
      }}
      options={options}
      triggerFn={triggerFn}
      menuRenderFn={(
        anchor,
        { options: items, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex },
      ) => {
        if (!anchor.current) return null
        const list =
          items.length === 0 ? (
            <div className="character-menu character-menu--empty" role="status">
              {isLoading ? 'Loading characters…' : `No character matches “${query ?? ''}”`}
            </div>
          ) : (
            <ul className="character-menu" role="listbox" aria-label="Characters">
              {items.map((option, index) => (
                <li
                  key={option.key}
                  id={`character-option-${option.key}`}
                  ref={(element) => option.setRefElement(element)}
                  role="option"
                  aria-selected={selectedIndex === index}
                  className={selectedIndex === index ? 'is-selected' : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseEnter={() => setHighlightedIndex(index)}
                  onClick={() => {
                    setHighlightedIndex(index)
                    selectOptionAndCleanUp(option)
                  }}
                >
                  <CharacterOption suggestion={option.suggestion} />
                </li>
              ))}
            </ul>
          )
        return createPortal(list, anchor.current)
      }}
    />
  )
}
