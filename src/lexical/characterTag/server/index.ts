import { createNode, createServerFeature, populate } from '@payloadcms/richtext-lexical'

import { CharacterTagNode } from '../nodes/CharacterTagNode'
import type { SerializedCharacterTagNode } from '../shared/types'

/**
 * Character tags in rich text. The admin side (typeahead, tag-selection button, untagged
 * mention panel) is the client feature; here the node gets its read and write hooks.
 */
export const CharacterTagFeature = createServerFeature({
  key: 'characterTag',
  feature: {
    ClientFeature: '@/lexical/characterTag/client#CharacterTagFeatureClient',
    nodes: [
      createNode({
        node: CharacterTagNode,
        hooks: {
          // Populate the tagged character the way Payload's relationship feature does:
          // batched through the request's data loader, with the reader's own access and
          // only the fields a link needs. A deleted character becomes `null`.
          afterRead: [
            ({
              currentDepth,
              depth,
              draft,
              node,
              overrideAccess,
              populationPromises,
              req,
              showHiddenFields,
            }) => {
              // No id: whatever `character` the stored JSON carries is not ours to show.
              if (node.characterId === undefined || node.characterId === '') {
                return { ...node, character: null } as SerializedCharacterTagNode
              }
              populationPromises.push(
                populate({
                  id: node.characterId,
                  collectionSlug: 'characters',
                  currentDepth,
                  data: node as unknown as Record<string, unknown>,
                  depth,
                  draft,
                  key: 'character',
                  overrideAccess,
                  req,
                  select: { name: true, slug: true },
                  showHiddenFields,
                }),
              )
              return node
            },
          ],
          // The populated character is output only; never store it back.
          beforeChange: [
            ({ node }) => {
              if (!('character' in node)) return node
              const { character: _populated, ...stored } = node
              return stored as SerializedCharacterTagNode
            },
          ],
        },
      }),
    ],
  },
})
