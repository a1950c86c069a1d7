import { createNode, createServerFeature } from '@payloadcms/richtext-lexical'

import { InlineSpoilerNode } from '../nodes/InlineSpoilerNode'
import { toSpoilerScope } from '../../shared/toSpoilerScope'
import type { SerializedInlineSpoilerNode } from '../../shared/types'

/**
 * Inline spoilers in rich text: selected words hidden from readers until revealed. The admin
 * side (toolbar button, scope card) is the client feature.
 */
export const InlineSpoilerFeature = createServerFeature({
  key: 'inlineSpoiler',
  feature: {
    ClientFeature: '@/lexical/spoiler/inline/client#InlineSpoilerFeatureClient',
    nodes: [
      createNode({
        node: InlineSpoilerNode,
        hooks: {
          // Store only a well-formed scope (or none), whatever the client or API sent.
          beforeChange: [
            ({ node }) => {
              const { scope: raw, ...rest } = node
              const scope = toSpoilerScope(raw)
              return (scope ? { ...rest, scope } : rest) as SerializedInlineSpoilerNode
            },
          ],
        },
      }),
    ],
  },
})
