import type { LexicalEditorProps } from '@payloadcms/richtext-lexical'

import { CharacterTagFeature } from './characterTag/server'
import { InlineSpoilerFeature } from './spoiler/inline/server'

type FeaturesFunction = Extract<
  NonNullable<LexicalEditorProps['features']>,
  (args: never) => unknown
>

/**
 * What every rich text of an article writes: Payload's default features plus character tags
 * and inline spoilers. The body adds its blocks to these (articleBodyEditor); a spoiler
 * section's own editor is exactly these, so the two never drift apart.
 */
export const articleTextFeatures: FeaturesFunction = ({ defaultFeatures }) => [
  ...defaultFeatures,
  CharacterTagFeature(),
  InlineSpoilerFeature(),
]
