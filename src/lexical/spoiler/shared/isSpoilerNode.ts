import { INLINE_SPOILER_TYPE, SPOILER_BLOCK_SLUG } from './types'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/**
 * Whether a serialized Lexical node hides a spoiler: an inline spoiler, or a spoiler section
 * block. Any other node type that calls itself a spoiler counts too, so a future spoiler
 * node fails safe (hidden from extracted text) rather than leaking.
 */
export const isSpoilerNode = (node: unknown): boolean => {
  if (!isRecord(node)) return false
  if (node.type === INLINE_SPOILER_TYPE) return true
  if (node.type === 'block' && isRecord(node.fields)) {
    const blockType = node.fields.blockType
    return (
      blockType === SPOILER_BLOCK_SLUG ||
      (typeof blockType === 'string' && /spoiler/i.test(blockType))
    )
  }
  return typeof node.type === 'string' && /spoiler/i.test(node.type)
}
