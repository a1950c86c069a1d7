import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { CharacterTagFeature } from './characterTag/server'
import { SpoilerBlockFeature } from './spoiler/block/server'
import { InlineSpoilerFeature } from './spoiler/inline/server'

/** The article body: Payload's default features plus our newsroom features. */
export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    CharacterTagFeature(),
    InlineSpoilerFeature(),
    SpoilerBlockFeature(),
  ],
})
