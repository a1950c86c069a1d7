import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { ShownSpoiler } from '@/components/SpoilerReveal/ShownSpoiler'

import type { SerializedInlineSpoilerNode } from '../../shared/types'

/** An inline spoiler with its words in place, marked (see RichText's `spoilers="shown"`). */
export const shownInlineSpoilerJSXConverter: JSXConverters<SerializedInlineSpoilerNode> = {
  inlineSpoiler: ({ node, nodesToJSX }) => (
    <ShownSpoiler kind="inline">{nodesToJSX({ nodes: node.children })}</ShownSpoiler>
  ),
}
