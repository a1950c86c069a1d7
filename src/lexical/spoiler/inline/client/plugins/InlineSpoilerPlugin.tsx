'use client'

import { $getNodeByKey, COMMAND_PRIORITY_EDITOR } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { mergeRegister } from '@payloadcms/richtext-lexical/lexical/utils'
import { useEffect } from 'react'

import { registerShortcut } from '../../../../shared/registerShortcut'
import { $isInlineSpoilerNode } from '../../nodes/InlineSpoilerNode'
import {
  REMOVE_INLINE_SPOILER_COMMAND,
  SET_SPOILER_SCOPE_COMMAND,
  SPOILER_UPDATE,
  TOGGLE_INLINE_SPOILER_COMMAND,
} from '../commands'
import { $removeInlineSpoiler, $toggleInlineSpoiler } from '../spoilerOperations'
import { useSpoilerTooltips } from '../useSpoilerTooltips'

/**
 * Registers the spoiler commands, the Mod+Shift+S shortcut and the spoilers' tooltips. Commands run their edits in
 * their own tagged update so Payload's field always hears about them.
 */
export const InlineSpoilerPlugin = () => {
  const [editor] = useLexicalComposerContext()
  useSpoilerTooltips(editor)

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
        registerShortcut({ editor, letter: 's', command: TOGGLE_INLINE_SPOILER_COMMAND }),
      ),
    [editor],
  )

  return null
}
