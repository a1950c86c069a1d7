import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { toSpoilerScope } from '../../shared/toSpoilerScope'
import { SPOILER_BLOCK_SLUG, type SpoilerComponent } from '../../shared/types'
import { withheldIndex } from '../../shared/withholdSpoilers'
import { readSpoilerBlock } from './spoilerBlockFields'

/**
 * A spoiler section's rich text under one spoiler drawn by `Spoiler`; on the public page the
 * text was withheld and arrives on reveal (withholdSpoilers.ts).
 */
export const spoilerBlockJSXConverter = (
  Spoiler: SpoilerComponent,
): NonNullable<JSXConverters['blocks']> => ({
  [SPOILER_BLOCK_SLUG]: ({ node, nodesToJSX }) => {
    const { fields, children } = readSpoilerBlock(node)
    return (
      <Spoiler kind="block" scope={toSpoilerScope(fields)} withheld={withheldIndex(node)}>
        {nodesToJSX({ nodes: children })}
      </Spoiler>
    )
  },
})
