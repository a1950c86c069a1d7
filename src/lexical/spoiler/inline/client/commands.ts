import {
  createCommand,
  type LexicalCommand,
  type NodeKey,
} from '@payloadcms/richtext-lexical/lexical'

import type { SpoilerScope } from '../../shared/types'

/** Mark the selected words as a spoiler, or unmark them when they already are one. */
export const TOGGLE_INLINE_SPOILER_COMMAND: LexicalCommand<void> = createCommand(
  'TOGGLE_INLINE_SPOILER_COMMAND',
)

/** Set (or, with null, clear) the scope of one inline spoiler. */
export const SET_SPOILER_SCOPE_COMMAND: LexicalCommand<{
  key: NodeKey
  scope: SpoilerScope | null
}> = createCommand('SET_SPOILER_SCOPE_COMMAND')

/** Remove a spoiler, keeping its words as plain text. */
export const REMOVE_INLINE_SPOILER_COMMAND: LexicalCommand<NodeKey> = createCommand(
  'REMOVE_INLINE_SPOILER_COMMAND',
)

/**
 * Update tag for every edit the spoiler tools make. Payload's field ignores updates tagged
 * only 'focus', and a toolbar click can be batched with a focus update.
 */
export const SPOILER_UPDATE = 'spoiler'
