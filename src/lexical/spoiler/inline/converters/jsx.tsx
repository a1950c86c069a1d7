import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { SpoilerReveal } from '@/components/SpoilerReveal/index.client'

import { toSpoilerScope } from '../../shared/toSpoilerScope'
import type { SerializedInlineSpoilerNode } from '../../shared/types'
import { withheldIndex } from '../../shared/withholdSpoilers'

/**
 * An inline spoiler renders hidden behind a reveal button, in the sentence. On the public page
 * its words were withheld (withholdSpoilers.ts) and arrive on reveal; in a staff preview they
 * are still in the node.
 */
export const inlineSpoilerJSXConverter: JSXConverters<SerializedInlineSpoilerNode> = {
  inlineSpoiler: ({ node, nodesToJSX }) => (
    <SpoilerReveal kind="inline" scope={toSpoilerScope(node.scope)} withheld={withheldIndex(node)}>
      {nodesToJSX({ nodes: node.children })}
    </SpoilerReveal>
  ),
}
