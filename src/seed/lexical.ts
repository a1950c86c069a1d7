/**
 * Small builders for Lexical's serialized JSON, so seed content and tests read like prose
 * instead of nested objects. They produce exactly what the admin editor saves.
 */
import { walkLexicalJson } from '../lexical/shared/walkLexicalJson'

type Node = { type: string; version: number; [key: string]: unknown }

const FORMAT = { bold: 1, italic: 2 } as const

export type Inline = string | Node

const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})

export const text = (value: string, format: keyof typeof FORMAT | 0 = 0): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format: format === 0 ? 0 : FORMAT[format],
  detail: 0,
  mode: 'normal',
  style: '',
})

const inline = (children: Inline[]): Node[] =>
  children.map((child) => (typeof child === 'string' ? text(child) : child))

export const paragraph = (...children: Inline[]): Node =>
  element('paragraph', inline(children), { textFormat: 0, textStyle: '' })

export const heading = (tag: 'h2' | 'h3', value: string): Node =>
  element('heading', [text(value)], { tag })

export const quote = (...children: Inline[]): Node => element('quote', inline(children))

export const bulletList = (...items: Inline[][]): Node =>
  element(
    'list',
    items.map((item, index) => element('listitem', inline(item), { value: index + 1 })),
    { listType: 'bullet', start: 1, tag: 'ul' },
  )

export const link = (url: string, label: string): Node =>
  element('link', [text(label)], {
    fields: { linkType: 'custom', newTab: false, url },
    id: url.replace(/[^a-z0-9]/gi, '').slice(0, 24),
  })

/**
 * A character tag around the words as written. The seed resolves `slug` to the character's
 * id before saving (see `resolveCharacterTags`).
 */
export const tag = (slug: string, words: string): Node =>
  element('characterTag', [text(words)], { characterId: `slug:${slug}` })

export const doc = (...children: Node[]) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children,
  },
})

/** A copy of `state` with `resolve` applied to every node (see `walkLexicalJson`). */
const mapNodes = <T>(state: T, resolve: (node: Record<string, unknown>) => void): T => {
  const copy = structuredClone(state)
  walkLexicalJson({ state: copy, visit: (node) => void resolve(node) })
  return copy
}

/** The real id for a `slug:<slug>` placeholder; anything else is kept as it is. */
const resolveSlug = (value: unknown, idsBySlug: Map<string, number | string>, kind: string) => {
  if (typeof value !== 'string' || !value.startsWith('slug:')) return value
  const id = idsBySlug.get(value.slice('slug:'.length))
  if (id === undefined) throw new Error(`seed: no ${kind} with slug ${value.slice(5)}`)
  return id
}

/** Replaces the `slug:<slug>` placeholders written by `tag()` with real character ids. */
export const resolveCharacterTags = <T>(state: T, idsBySlug: Map<string, number | string>): T =>
  mapNodes(state, (node) => {
    if (node.type !== 'characterTag') return
    node.characterId = resolveSlug(node.characterId, idsBySlug, 'character')
  })

/** A spoiler's scope in seed content; `show` is a `slug:<slug>` placeholder or a real id. */
export type SeedSpoilerScope = { show: string | number; season?: number; episode?: number }

/** An inline spoiler around the words; without a scope it inherits the article's warnings. */
export const spoiler = (children: Inline | Inline[], scope?: SeedSpoilerScope): Node =>
  element('inlineSpoiler', inline(Array.isArray(children) ? children : [children]), {
    ...(scope ? { scope } : {}),
  })

/** A spoiler section (the `spoiler` block) holding its own rich text. */
export const spoilerBlock = (children: Node[], scope?: SeedSpoilerScope): Node => ({
  type: 'block',
  version: 2,
  format: '',
  fields: {
    id: `spoiler${children.length}${JSON.stringify(children).length.toString(36)}`,
    blockName: '',
    blockType: 'spoiler',
    show: scope?.show ?? null,
    season: scope?.season ?? null,
    episode: scope?.episode ?? null,
    content: doc(...children),
  },
})

/** Replaces the `slug:<slug>` show placeholders written by `spoiler()` with real show ids. */
export const resolveShowRefs = <T>(state: T, idsBySlug: Map<string, number | string>): T =>
  mapNodes(state, (node) => {
    const scope = node.type === 'block' ? node.fields : node.scope
    if (typeof scope !== 'object' || scope === null || !('show' in scope)) return
    const fields = scope as Record<string, unknown>
    fields.show = resolveSlug(fields.show, idsBySlug, 'show')
  })
