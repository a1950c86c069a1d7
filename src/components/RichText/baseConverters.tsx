import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { JSXConverter, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { characterTagJSXConverter } from '@/lexical/characterTag/converters/jsx'
import { spoilerBlockJSXConverter } from '@/lexical/spoiler/block/converters/jsx'
import { inlineSpoilerJSXConverter } from '@/lexical/spoiler/inline/converters/jsx'
import type { SpoilerComponent } from '@/lexical/spoiler/shared/types'
import { safeHref } from '@/utilities/safeHref'

import { ShownSpoiler } from '../SpoilerReveal/ShownSpoiler'

/** Collections with a public page at `/<slug of the collection>/<slug>`. */
const PUBLIC_PAGES = new Set(['articles', 'characters', 'shows'])

/**
 * The page an internal link points to. `relationTo` and the slug come from the stored JSON,
 * which any REST client can write, so only a public collection and a plain slug make a link:
 * a `relationTo` of `/evil.example` would otherwise render `//evil.example/…`.
 */
const internalHref = (node: SerializedLinkNode | SerializedAutoLinkNode): string => {
  const doc = 'doc' in node.fields ? node.fields.doc : undefined
  const value = doc?.value
  if (!doc || !PUBLIC_PAGES.has(doc.relationTo) || typeof value !== 'object' || !value) return '#'
  const slug = 'slug' in value && typeof value.slug === 'string' ? value.slug : ''
  return slug && !/[/\\]/.test(slug) ? `/${doc.relationTo}/${encodeURIComponent(slug)}` : '#'
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

/**
 * Payload's converters with ours, spoilers drawn by `Spoiler`: the page passes the spoiler
 * that hides itself (RichText), a revealed spoiler's content the one shown as it is
 * (SpoilerReveal/WithheldContent), so neither imports the other.
 */
export const convertersWith =
  (Spoiler: SpoilerComponent): JSXConvertersFunction =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    ...characterTagJSXConverter,
    link: renderLink,
    autolink: renderLink,
    ...inlineSpoilerJSXConverter(Spoiler),
    blocks: { ...defaultConverters.blocks, ...spoilerBlockJSXConverter(Spoiler) },
  })

/**
 * Every spoiler's words in place, marked: the no-JavaScript version of an article, and the
 * content of a spoiler just revealed (a spoiler nested in it is part of what was asked for).
 */
export const showingSpoilers = convertersWith(ShownSpoiler)
