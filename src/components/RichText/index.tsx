import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  type JSXConverter,
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { characterTagJSXConverter } from '@/lexical/characterTag/converters/jsx'
import { spoilerBlockJSXConverter } from '@/lexical/spoiler/block/converters/jsx'
import { inlineSpoilerJSXConverter } from '@/lexical/spoiler/inline/converters/jsx'
import { safeHref } from '@/utilities/safeHref'

const internalHref = (node: SerializedLinkNode | SerializedAutoLinkNode): string => {
  const doc = 'doc' in node.fields ? node.fields.doc : undefined
  const value = doc?.value
  if (!doc || typeof value !== 'object' || !value) return '#'
  const slug = 'slug' in value && typeof value.slug === 'string' ? value.slug : undefined
  return slug ? `/${doc.relationTo}/${slug}` : '#'
}

/**
 * Payload's JSX link converter writes the stored URL into href unchecked, and editors can
 * paste anything, so links are rendered here with every URL passed through safeHref.
 */
const renderLink: JSXConverter<SerializedLinkNode | SerializedAutoLinkNode> = ({
  node,
  nodesToJSX,
}) => {
  const href = node.fields.linkType === 'internal' ? internalHref(node) : safeHref(node.fields.url)
  const isNewTab = Boolean(node.fields.newTab)
  return (
    <a
      href={href}
      rel={isNewTab ? 'noopener noreferrer' : undefined}
      target={isNewTab ? '_blank' : undefined}
    >
      {nodesToJSX({ nodes: node.children })}
    </a>
  )
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...characterTagJSXConverter,
  ...inlineSpoilerJSXConverter,
  blocks: { ...defaultConverters.blocks, ...spoilerBlockJSXConverter.blocks },
  link: renderLink,
  autolink: renderLink,
})

type RichTextProps = {
  className?: string
  data: SerializedEditorState | null | undefined
}

/** Renders stored Lexical JSON for readers. Unknown nodes render as nothing. */
export const RichText = ({ className, data }: RichTextProps) => {
  if (!data?.root) return null
  return <LexicalRichText className={className} converters={converters} data={data} />
}
