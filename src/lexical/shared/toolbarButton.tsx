'use client'

import type { LexicalCommand, LexicalEditor } from '@payloadcms/richtext-lexical/lexical'
import { type ComponentType, useEffect, useRef } from 'react'

/** What a toolbar button of ours does, says and shows. */
export type ShortcutButtonOptions = {
  /** What the button does, e.g. "Tag character". */
  action: string
  /** The letter pressed with Ctrl/⌘ and Shift for the same command. */
  letter: string
  Icon: ComponentType
}

const isApple = () =>
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

/** "Tag character (Ctrl+Shift+M)", or with ⌘ on a Mac. */
export const shortcutLabel = ({ action, letter }: Omit<ShortcutButtonOptions, 'Icon'>): string =>
  `${action} (${isApple() ? '⌘' : 'Ctrl'}+Shift+${letter.toUpperCase()})`

/**
 * The icon of a toolbar button, which also names the button and gives it a tooltip with the
 * shortcut. Payload's toolbar renders `ChildComponent` inside a bare `<button>` and uses an
 * item's `label` only in dropdowns, so the icon labels its own button.
 */
export const shortcutButtonIcon = ({ action, letter, Icon }: ShortcutButtonOptions) => {
  const LabelledIcon = () => {
    const ref = useRef<HTMLSpanElement>(null)
    useEffect(() => {
      const button = ref.current?.closest('button')
      if (!button) return
      const label = shortcutLabel({ action, letter })
      button.title = label
      button.setAttribute('aria-label', label)
    }, [])
    return (
      <span ref={ref} className="shortcut-button-icon">
        <Icon />
      </span>
    )
  }
  LabelledIcon.displayName = `${action.replace(/\W/g, '')}Icon`
  return LabelledIcon
}

/**
 * Dispatches a toolbar button's command once the current Lexical update has finished.
 * Payload calls `onSelect` from inside the focus update's callback, where the editor state is
 * read-only; dispatching a command that edits from there made Lexical warn (an "anti-pattern")
 * on every click and defer the edit anyway.
 */
export const dispatchFromToolbar = (editor: LexicalEditor, command: LexicalCommand<void>): void =>
  queueMicrotask(() => {
    editor.dispatchCommand(command, undefined)
  })
