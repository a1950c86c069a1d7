import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { SpoilerReveal } from '../SpoilerReveal/index.client'
import { convertersWith, showingSpoilers } from './baseConverters'

const hidingSpoilers = convertersWith(SpoilerReveal)

type RichTextProps = {
  className?: string
  data: SerializedEditorState | null | undefined
  /**
   * `hidden` (the article page): each spoiler behind a reveal button. `shown`: every spoiler's
   * words in place, marked (the no-JavaScript version of an article).
   */
  spoilers?: 'hidden' | 'shown'
}

/** Renders stored Lexical JSON for readers. Unknown nodes render as nothing. */
export const RichText = ({ className, data, spoilers = 'hidden' }: RichTextProps) => {
  if (!data?.root) return null
  return (
    <LexicalRichText
      className={className}
      converters={spoilers === 'shown' ? showingSpoilers : hidingSpoilers}
      data={data}
    />
  )
}
