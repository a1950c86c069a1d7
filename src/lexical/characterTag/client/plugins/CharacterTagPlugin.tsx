'use client'

import { COMMAND_PRIORITY_EDITOR } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { mergeRegister } from '@payloadcms/richtext-lexical/lexical/utils'
import { useEffect } from 'react'

import { registerShortcut } from '../../../shared/registerShortcut'
import { CharacterTagNode } from '../../nodes/CharacterTagNode'
import { characterIndexSnapshot, useCharacterIndex } from '../characterIndexStore'
import { OPEN_TAG_PICKER_COMMAND, TAG_SELECTION_COMMAND, UNTAG_COMMAND } from '../commands'
import { $tagSelection, $untag } from '../tagOperations'

const describe = (characterId: string | undefined): string => {
  const character = characterIndexSnapshot().find((entry) => String(entry.id) === characterId)
  return character ? `Tagged: ${character.name}` : 'Tagged character (not found)'
}

/** Registers the tag commands, the Mod+Shift+M shortcut, and hover titles on tags. */
export const CharacterTagPlugin = () => {
  const [editor] = useLexicalComposerContext()
  const { characters } = useCharacterIndex()

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          TAG_SELECTION_COMMAND,
          (id) => $tagSelection(id),
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          UNTAG_COMMAND,
          (key) => {
            $untag(key)
            return true
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        registerShortcut({ editor, letter: 'm', command: OPEN_TAG_PICKER_COMMAND }),
        editor.registerMutationListener(CharacterTagNode, (mutations) => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue
            const element = editor.getElementByKey(key)
            if (element) element.title = describe(element.dataset.characterId)
          }
        }),
      ),
    [editor],
  )

  // Titles written before the index loaded said "not found"; fix them once it arrives.
  useEffect(() => {
    const root = editor.getRootElement()
    root?.querySelectorAll<HTMLElement>('.character-tag').forEach((element) => {
      element.title = describe(element.dataset.characterId)
    })
  }, [editor, characters])

  return null
}
