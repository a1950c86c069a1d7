import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { SpoilerReveal } from '@/components/SpoilerReveal/index.client'

import { toSpoilerScope } from '../../shared/toSpoilerScope'
import { SPOILER_BLOCK_SLUG } from '../../shared/types'

type SpoilerBlockFields = {
  blockType: typeof SPOILER_BLOCK_SLUG
  show?: unknown
  season?: number | null
  episode?: number | null
  content?: { root?: { children?: unknown[] } } | null
}

/** A spoiler section renders its rich text hidden behind one reveal button. */
export const spoilerBlockJSXConverter: {
  blocks: NonNullable<JSXConverters['blocks']>
} = {
  blocks: {
    [SPOILER_BLOCK_SLUG]: ({ node, nodesToJSX }) => {
      const { fields } = node as SerializedBlockNode<SpoilerBlockFields>
      const children = (fields.content?.root?.children ?? []) as Parameters<
        typeof nodesToJSX
      >[0]['nodes']
      return (
        <SpoilerReveal kind="block" scope={toSpoilerScope(fields)}>
          {nodesToJSX({ nodes: children })}
        </SpoilerReveal>
      )
    },
  },
}
