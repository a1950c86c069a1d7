'use client'

import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type RangeSelection,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

import { searchCharacters } from '../../shared/searchCharacters'
import { useCharacterIndex } from '../characterIndexStore'
import { CharacterOption } from '../CharacterOption'
import { CHARACTER_TAG_UPDATE, OPEN_TAG_PICKER_COMMAND } from '../commands'
import { $tagSelection } from '../tagOperations'

type PickerState = { selection: RangeSelection; words: string; top: number; left: number }

/**
 * "Tag selected words": a small dialog with a search box and a list of characters, opened
 * from the toolbar or with Mod+Shift+M. The selected words stay as written.
 */
export const TagPickerPlugin = () => {
  const [editor] = useLexicalComposerContext()
  const { characters, isLoading, error } = useCharacterIndex()
  const [picker, setPicker] = useState<PickerState | null>(null)
  const [query, setQuery] = useState('')
  const [highlighted, setHighlighted] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const isReturningRef = useRef(false)
  const listId = useId()

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_TAG_PICKER_COMMAND,
        () => {
          const selection = $getSelection()
          if (!$isRangeSelection(selection) || selection.isCollapsed()) return false
          const rect = window.getSelection()?.getRangeAt(0)?.getBoundingClientRect()
          const words = selection.getTextContent()
          setPicker({
            selection: selection.clone(),
            words,
            top: (rect?.bottom ?? 100) + 6,
            left: Math.max(8, Math.min(rect?.left ?? 100, window.innerWidth - 340)),
          })
          setQuery(words)
          setHighlighted(0)
          return true
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  )

  useEffect(() => {
    if (picker) inputRef.current?.select()
  }, [picker])

  const results = useMemo(() => searchCharacters(characters, query, 8), [characters, query])

  /**
   * Back to the editor, focus first: moving focus natively, outside any Lexical update, means
   * the update that follows sets the caret in an editor that already has focus. Focusing from
   * inside that update (or from the input's blur during it) made Lexical dispatch its focus
   * command while a read-only commit was on the stack, and warn on every tag.
   */
  const returnToEditor = () => {
    isReturningRef.current = true
    editor.getRootElement()?.focus({ preventScroll: true })
    isReturningRef.current = false
  }

  const close = () => {
    returnToEditor()
    setPicker(null)
  }

  const choose = (index: number) => {
    const suggestion = results[index]
    if (!picker || !suggestion) return
    returnToEditor()
    // Tagged so that Payload's field sees the change: an update tagged only "focus" is
    // ignored as a non-edit.
    editor.update(
      () => {
        $setSelection(picker.selection.clone())
        $tagSelection(suggestion.character.id)
      },
      { tag: CHARACTER_TAG_UPDATE },
    )
    setPicker(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setHighlighted((i) => Math.min(i + 1, results.length - 1))
    else if (event.key === 'ArrowUp') setHighlighted((i) => Math.max(i - 1, 0))
    else if (event.key === 'Enter') choose(highlighted)
    else if (event.key === 'Escape') close()
    else return
    event.preventDefault()
  }

  if (!picker) return null
  return createPortal(
    <div
      className="character-picker"
      role="dialog"
      aria-label={`Tag “${picker.words}” as a character`}
      style={{ top: picker.top, left: picker.left }}
    >
      <label className="character-picker__label">
        Tag “{picker.words}” as
        <input
          ref={inputRef}
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={results[highlighted] ? `${listId}-${highlighted}` : undefined}
          aria-autocomplete="list"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setHighlighted(0)
          }}
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            // Leaving for elsewhere on the page closes the picker where the focus went.
            if (isReturningRef.current) return
            if (!event.currentTarget.closest('.character-picker')?.contains(event.relatedTarget))
              setPicker(null)
          }}
        />
      </label>
      {error && <p role="alert">{error}</p>}
      {!error && results.length === 0 && (
        <p role="status">{isLoading ? 'Loading characters…' : 'No character matches.'}</p>
      )}
      <ul id={listId} className="character-menu" role="listbox" aria-label="Characters">
        {results.map((suggestion, index) => (
          <li
            key={String(suggestion.character.id)}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === highlighted}
            className={index === highlighted ? 'is-selected' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setHighlighted(index)}
            onClick={() => choose(index)}
          >
            <CharacterOption suggestion={suggestion} />
          </li>
        ))}
      </ul>
    </div>,
    document.body,
  )
}
