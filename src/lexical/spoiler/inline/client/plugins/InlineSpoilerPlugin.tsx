'use client'

import {
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
} from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { mergeRegister } from '@payloadcms/richtext-lexical/lexical/utils'
import { useEffect } from 'react'

import { $isInlineSpoilerNode } from '../../nodes/InlineSpoilerNode'
import {
  REMOVE_INLINE_SPOILER_COMMAND,
  SET_SPOILER_SCOPE_COMMAND,
  SPOILER_UPDATE,
  TOGGLE_INLINE_SPOILER_COMMAND,
} from '../commands'
import { $removeInlineSpoiler, $toggleInlineSpoiler } from '../spoilerOperations'
import { $getNodeByKey } from '@payloadcms/richtext-lexical/lexical'

/**
 * Registers the spoiler commands and the Mod+Shift+S shortcut. Commands run their edits in
 * their own tagged update so Payload's field always hears about them.
 */
export const InlineSpoilerPlugin = () => {
  const [editor] = useLexicalComposerContext()

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          TOGGLE_INLINE_SPOILER_COMMAND,
          () => {
            editor.update(() => void $toggleInlineSpoiler(), { tag: SPOILER_UPDATE })
            return true
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          SET_SPOILER_SCOPE_COMMAND,
          ({ key, scope }) => {
            editor.update(
              () => {
                const node = $getNodeByKey(key)
                if ($isInlineSpoilerNode(node)) node.setScope(scope)
              },
              { tag: SPOILER_UPDATE },
            )
            return true
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          REMOVE_INLINE_SPOILER_COMMAND,
          (key) => {
            editor.update(() => $removeInlineSpoiler(key), { tag: SPOILER_UPDATE })
            return true
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const isShortcut =
              (event.metaKey || event.ctrlKey) && event.shiftKey && event.key.toLowerCase() === 's'
            if (!isShortcut) return false
            event.preventDefault()
            editor.dispatchCommand(TOGGLE_INLINE_SPOILER_COMMAND, undefined)
            return true
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  )

  return null
}
