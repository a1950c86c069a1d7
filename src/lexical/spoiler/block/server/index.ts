import { BlocksFeature } from '@payloadcms/richtext-lexical'

import { spoilerBlock } from './spoilerBlock'

/**
 * Spoiler sections, as a Payload block inside the article body. Payload's blocks feature is
 * keyed 'blocks', so any future body block must be added to this list, not as a second
 * BlocksFeature.
 */
export const SpoilerBlockFeature = () => BlocksFeature({ blocks: [spoilerBlock] })
