import { lexicalEditor } from '@payloadcms/richtext-lexical'

import { CharacterTagFeature } from './characterTag/server'

/** The article body: Payload's default features plus our newsroom features. */
export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, CharacterTagFeature()],
})
