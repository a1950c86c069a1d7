import type { JSXConverters } from '@payloadcms/richtext-lexical/react'
import Link from 'next/link'

import type { SerializedCharacterTagNode } from '../shared/types'

/**
 * A tag renders as a link to the character's page with the words as written. When the
 * character is gone (deleted, or not readable), or the tag names none, the words render as
 * plain text: a broken tag must never break the article.
 */
export const characterTagJSXConverter: JSXConverters<SerializedCharacterTagNode> = {
  characterTag: ({ node, nodesToJSX }) => {
    const children = nodesToJSX({ nodes: node.children })
    // Only a tag that names its character by id was populated by our afterRead hook; a
    // `character` object without one came from the stored JSON and is not trusted.
    const hasId = node.characterId !== undefined && node.characterId !== ''
    const slug = hasId ? node.character?.slug : undefined
    if (!slug) return <>{children}</>
    return (
      <Link className="character-tag" href={`/characters/${slug}`}>
        {children}
      </Link>
    )
  },
}
