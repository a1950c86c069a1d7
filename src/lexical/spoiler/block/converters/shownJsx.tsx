import type { JSXConverters } from '@payloadcms/richtext-lexical/react'

import { ShownSpoiler } from '@/components/SpoilerReveal/ShownSpoiler'

import { SPOILER_BLOCK_SLUG } from '../../shared/types'
import { readSpoilerBlock } from './spoilerBlockFields'

/** A spoiler section with its text in place, marked (see RichText's `spoilers="shown"`). */
export const shownSpoilerBlockJSXConverter: {
  blocks: NonNullable<JSXConverters['blocks']>
} = {
  blocks: {
    [SPOILER_BLOCK_SLUG]: ({ node, nodesToJSX }) => (
      <ShownSpoiler kind="block">
        {nodesToJSX({ nodes: readSpoilerBlock(node).children })}
      </ShownSpoiler>
    ),
  },
}
