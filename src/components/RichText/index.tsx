import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { spoilerBlockJSXConverter } from '@/lexical/spoiler/block/converters/jsx'
import { inlineSpoilerJSXConverter } from '@/lexical/spoiler/inline/converters/jsx'

import { baseConverters, showingSpoilers } from './baseConverters'

const hidingSpoilers: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...baseConverters(defaultConverters),
  ...inlineSpoilerJSXConverter,
  blocks: { ...defaultConverters.blocks, ...spoilerBlockJSXConverter.blocks },
})

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
