import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { SpoilerReveal } from '@/components/SpoilerReveal/index.client'

import { toSpoilerScope } from '../../shared/toSpoilerScope'
import { SPOILER_BLOCK_SLUG } from '../../shared/types'
import { withheldIndex } from '../../shared/withholdSpoilers'
import { readSpoilerBlock } from './spoilerBlockFields'

/**
 * A spoiler section renders its rich text hidden behind one reveal button; on the public page
 * the text was withheld and arrives on reveal (withholdSpoilers.ts).
 */
export const spoilerBlockJSXConverter: {
  blocks: NonNullable<JSXConverters['blocks']>
} = {
  blocks: {
    [SPOILER_BLOCK_SLUG]: ({ node, nodesToJSX }) => {
      const { fields, children } = readSpoilerBlock(node)
      return (
        <SpoilerReveal kind="block" scope={toSpoilerScope(fields)} withheld={withheldIndex(node)}>
          {nodesToJSX({ nodes: children })}
        </SpoilerReveal>
      )
    },
  },
}
