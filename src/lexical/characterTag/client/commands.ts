import {
  createCommand,
  type LexicalCommand,
  type NodeKey,
} from '@payloadcms/richtext-lexical/lexical'

import type { CharacterId } from '../shared/types'

/** Open the character picker for the current selection (toolbar button, Mod+Shift+M). */
export const OPEN_TAG_PICKER_COMMAND: LexicalCommand<void> =
  createCommand('OPEN_TAG_PICKER_COMMAND')

/** Tag the selected words as this character, keeping the words as written. */
export const TAG_SELECTION_COMMAND: LexicalCommand<CharacterId> =
  createCommand('TAG_SELECTION_COMMAND')

/** Remove a tag, keeping its words as plain text. */
export const UNTAG_COMMAND: LexicalCommand<NodeKey> = createCommand('UNTAG_COMMAND')

/** Update tag for every edit made by the tagging tools (see TagPickerPlugin for why). */
export const CHARACTER_TAG_UPDATE = 'character-tag'
