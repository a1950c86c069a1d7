import { lexicalEditor } from '@payloadcms/richtext-lexical'
import type { Block } from 'payload'

import { articleTextFeatures } from '../../../articleTextFeatures'
import { SPOILER_BLOCK_SLUG } from '../../shared/types'

/**
 * A spoiler section: rich text (character tags and inline spoilers included) hidden as one
 * unit. Its own editor has the article's text features without the body's blocks, since a
 * section inside another means nothing.
 */
export const spoilerBlock: Block = {
  slug: SPOILER_BLOCK_SLUG,
  interfaceName: 'SpoilerBlock',
  labels: { singular: 'Spoiler section', plural: 'Spoiler sections' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'show',
          type: 'relationship',
          relationTo: 'shows',
          admin: { description: 'Empty: the article’s spoiler warnings apply.' },
        },
        { name: 'season', type: 'number', min: 1 },
        { name: 'episode', type: 'number', min: 1 },
      ],
    },
    {
      name: 'content',
      type: 'richText',
      required: true,
      editor: lexicalEditor({ features: articleTextFeatures }),
    },
  ],
}
