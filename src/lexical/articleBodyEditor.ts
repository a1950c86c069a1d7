import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { articleTextFeatures } from './articleTextFeatures'
import { spoilerBlock } from './spoiler/block/server/spoilerBlock'

/**
 * The article body: an article's text features (articleTextFeatures) and the body's blocks.
 * Payload's blocks feature is keyed 'blocks', so a future body block joins this list rather
 * than a second BlocksFeature.
 */
export const articleBodyEditor = lexicalEditor({
  features: (args) => [...articleTextFeatures(args), BlocksFeature({ blocks: [spoilerBlock] })],
})
