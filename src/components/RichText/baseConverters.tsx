import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type {
  JSXConverter,
  JSXConverters,
  JSXConvertersFunction,
} from '@payloadcms/richtext-lexical/react'

import { characterTagJSXConverter } from '@/lexical/characterTag/converters/jsx'
import { shownSpoilerBlockJSXConverter } from '@/lexical/spoiler/block/converters/shownJsx'
import { shownInlineSpoilerJSXConverter } from '@/lexical/spoiler/inline/converters/shownJsx'
import { safeHref } from '@/utilities/safeHref'

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
 * Payload's converters with ours for everything but spoilers: the page adds the spoilers that
 * hide themselves (RichText), a revealed spoiler's content adds the ones shown as they are
 * (SpoilerReveal/WithheldContent), so neither imports the other.
 */
export const baseConverters = (defaultConverters: JSXConverters): JSXConverters => ({
  ...defaultConverters,
  ...characterTagJSXConverter,
  link: renderLink,
  autolink: renderLink,
})

/**
 * Every spoiler's words in place, marked: the no-JavaScript version of an article, and the
 * content of a spoiler just revealed (a spoiler nested in it is part of what was asked for).
 */
export const showingSpoilers: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...baseConverters(defaultConverters),
  ...shownInlineSpoilerJSXConverter,
  blocks: { ...defaultConverters.blocks, ...shownSpoilerBlockJSXConverter.blocks },
})
