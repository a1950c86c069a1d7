import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { toSpoilerScope } from '../../shared/toSpoilerScope'
import type { SerializedInlineSpoilerNode, SpoilerComponent } from '../../shared/types'
import { withheldIndex } from '../../shared/withholdSpoilers'

/**
 * An inline spoiler, in the sentence, drawn by `Spoiler`: hidden behind a reveal button on
 * the article page (its words withheld, see withholdSpoilers.ts, and in the node only in a
 * staff preview), or shown in place.
 */
export const inlineSpoilerJSXConverter = (
  Spoiler: SpoilerComponent,
): JSXConverters<SerializedInlineSpoilerNode> => ({
  inlineSpoiler: ({ node, nodesToJSX }) => (
    <Spoiler kind="inline" scope={toSpoilerScope(node.scope)} withheld={withheldIndex(node)}>
      {nodesToJSX({ nodes: node.children })}
    </Spoiler>
  ),
})
