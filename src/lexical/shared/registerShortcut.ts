import {
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  type LexicalCommand,
  type LexicalEditor,
} from '@payloadcms/richtext-lexical/lexical'

/** Options of `registerShortcut`. */
export type ShortcutOptions = {
  editor: LexicalEditor
  /** The letter pressed together with Ctrl/⌘ and Shift. */
  letter: string
  /** The command the shortcut dispatches, the same one its toolbar button dispatches. */
  command: LexicalCommand<void>
}

/**
 * Binds Ctrl/⌘+Shift+`letter` to a command. Returns the unregister function, for
 * `mergeRegister` in a plugin's effect.
 */
export const registerShortcut = ({ editor, letter, command }: ShortcutOptions): (() => void) =>
  editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      const isShortcut =
        (event.metaKey || event.ctrlKey) &&
        event.shiftKey &&
        event.key.toLowerCase() === letter.toLowerCase()
      if (!isShortcut) return false
      // The editor owns the keys while focused; the browser's own binding must not fire too.
      event.preventDefault()
      // Nor may Payload's: its Ctrl/⌘+S "save draft" hotkey listens on `document` and ignores
      // Shift, so Ctrl+Shift+S used to save the text from before the mark and reset the editor
      // to it. Lexical handles keydown on its root, so stopping here keeps it from bubbling up.
      event.stopPropagation()
      editor.dispatchCommand(command, undefined)
      return true
    },
    COMMAND_PRIORITY_NORMAL,
  )
