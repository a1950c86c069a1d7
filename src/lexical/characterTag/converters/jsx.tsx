import type { JSXConverters } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'

import type { SerializedCharacterTagNode } from '../shared/types'

/**
 * A tag renders as a link to the character's page with the words as written. When the
 * character is gone (deleted, or not readable), the words render as plain text: a broken
 * tag must never break the article.
 */
export const characterTagJSXConverter: JSXConverters<SerializedCharacterTagNode> = {
  characterTag: ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: node.children })
    const slug = node.character?.slug
    if (!slug) return <>{children}</>
    return (
      <Link className="character-tag" href={`/characters/${slug}`}>
        {children}
      </Link>
    )
  },
}
