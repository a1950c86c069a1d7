import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import {
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  KEY_DOWN_COMMAND,
  type LexicalCommand,
} from '@payloadcms/richtext-lexical/lexical'
import { describe, expect, it, vi } from 'vitest'

import { registerShortcut } from '@/lexical/shared/registerShortcut'

const TEST_COMMAND: LexicalCommand<void> = createCommand('TEST_COMMAND')

type Keys = { key: string; metaKey?: boolean; ctrlKey?: boolean; shiftKey?: boolean }

/** Presses keys in a headless editor with the shortcut bound; reports what happened. */
const press = (keys: Keys) => {
  const editor = createHeadlessEditor({
    onError: (error) => {
      throw error
    },
  })
  const ran = vi.fn(() => true)
  editor.registerCommand(TEST_COMMAND, ran, COMMAND_PRIORITY_EDITOR)
  registerShortcut({ editor, letter: 'm', command: TEST_COMMAND })
  const preventDefault = vi.fn()
  const stopPropagation = vi.fn()
  const event = {
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    ...keys,
    preventDefault,
    stopPropagation,
  }
  editor.dispatchCommand(KEY_DOWN_COMMAND, event as unknown as KeyboardEvent)
  return {
    hasRun: ran.mock.calls.length > 0,
    // Stopped too, so Payload's document-level Ctrl+S hotkey never sees our shortcut.
    isPrevented: preventDefault.mock.calls.length > 0 && stopPropagation.mock.calls.length > 0,
  }
}

describe('registerShortcut', () => {
  it.each([
    { key: 'M', metaKey: true, shiftKey: true },
    { key: 'm', ctrlKey: true, shiftKey: true },
  ])('should dispatch the command for %j and keep the browser from acting', (keys) => {
    expect(press(keys)).toEqual({ hasRun: true, isPrevented: true })
  })

  it.each([
    { key: 'm', ctrlKey: true },
    { key: 'M', shiftKey: true },
    { key: 's', ctrlKey: true, shiftKey: true },
  ])('should leave %j to the editor and the browser', (keys) => {
    expect(press(keys)).toEqual({ hasRun: false, isPrevented: false })
  })
})
