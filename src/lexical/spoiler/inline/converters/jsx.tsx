import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { SpoilerReveal } from '@/components/SpoilerReveal/index.client'

import { toSpoilerScope } from '../../shared/toSpoilerScope'
import type { SerializedInlineSpoilerNode } from '../../shared/types'

/** An inline spoiler renders its words hidden behind a reveal button, in the sentence. */
export const inlineSpoilerJSXConverter: JSXConverters<SerializedInlineSpoilerNode> = {
  inlineSpoiler: ({ node, nodesToJSX }) => (
    <SpoilerReveal kind="inline" scope={toSpoilerScope(node.scope)}>
      {nodesToJSX({ nodes: node.children })}
    </SpoilerReveal>
  ),
}
