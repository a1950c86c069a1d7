import type {
  SerializedElementNode,
  SerializedLexicalNode,
} from '@payloadcms/richtext-lexical/lexical'

import type { ReactNode } from 'react'

import type { DocumentId } from '@/utilities/documentId'

/** The Lexical node type of an inline spoiler. */
export const INLINE_SPOILER_TYPE = 'inlineSpoiler'

/** The slug of the spoiler section block (a Payload BlocksFeature block). */
export const SPOILER_BLOCK_SLUG = 'spoiler'

/** A show's id (see DocumentId). */
export type ShowId = DocumentId

/**
 * What a spoiler gives away: a whole show, one season of it, or one episode of a season.
 * An episode without a season means nothing, so it is read as the whole show.
 */
export type SpoilerScope = { show: ShowId; season?: number | null; episode?: number | null }

/** How far a reader has watched one show: a whole season, or up to an episode of it. */
export type WatchedUpTo = { season: number; episode?: number | null }

/** A reader's progress, keyed by show id as a string (ids differ in type per database). */
export type WatchedProgress = Record<string, WatchedUpTo>

/** One season's premiere, as the shows collection stores it. */
export type SeasonPremiere = { number: number; premiereDate?: string | null }

/** What spoiler maths needs to know about a show. */
export type ShowSpoilerInfo = { id: ShowId; title: string; seasons: SeasonPremiere[] }

/** The site-wide expiry rule; `null` days means warnings never soften. */
export type SpoilerPolicy = { softenAfterDays: number | null }

/** The stored form of an inline spoiler: its children are the hidden words. */
export type SerializedInlineSpoilerNode = SerializedElementNode<SerializedLexicalNode> & {
  type: typeof INLINE_SPOILER_TYPE
  /** Absent or null: the spoiler inherits the article's warnings. */
  scope?: SpoilerScope | null
}

/**
 * How the site draws a spoiler, handed to the converters by the page that renders rich text:
 * hidden behind a reveal button, or shown in place and marked. The converters never import
 * the site's components, so imports run one way (components → lexical).
 */
export type SpoilerComponent = (props: {
  kind: 'inline' | 'block'
  /** The spoiler's own scope; null inherits the article's warnings. */
  scope: SpoilerScope | null
  /** Its place in the article's withheld spoilers, or null when the words are `children`. */
  withheld: number | null
  children: ReactNode
}) => ReactNode
