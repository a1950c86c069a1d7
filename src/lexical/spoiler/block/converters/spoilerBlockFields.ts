import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import type { JSXConverterArgs } from '@payloadcms/richtext-lexical/react'

import type { SPOILER_BLOCK_SLUG } from '../../shared/types'

/** The fields of a stored spoiler section block. */
export type SpoilerBlockFields = {
  blockType: typeof SPOILER_BLOCK_SLUG
  show?: unknown
  season?: number | null
  episode?: number | null
  content?: { root?: { children?: unknown[] } } | null
}

type NodesToJSX = JSXConverterArgs['nodesToJSX']

/** A spoiler block's fields, and its nested editor's nodes in the form nodesToJSX takes. */
export const readSpoilerBlock = (node: unknown) => {
  const { fields } = node as SerializedBlockNode<SpoilerBlockFields>
  const children = (fields.content?.root?.children ?? []) as Parameters<NodesToJSX>[0]['nodes']
  return { fields, children }
}
