import type { BeforeSync, DocToSync } from '@payloadcms/plugin-search/types'

type EntryArgs = Parameters<BeforeSync>[0]

/** The longest search excerpt kept for a character or a show; results show one line. */
const MAX_DEK = 200

const joinFacts = (facts: Array<string | null | undefined>): string =>
  facts.filter((fact): fact is string => Boolean(fact?.trim())).join(' · ')

const clip = (value: string): string =>
  value.length <= MAX_DEK ? value : `${value.slice(0, value.lastIndexOf(' ', MAX_DEK))}…`

/**
 * A character in search: found by name, alias or the actor who plays them. The excerpt says
 * who they are in those same words; never the bio, which may grow to say more than a
 * reader scanning results wants to know.
 */
export const characterSearchEntry = ({ originalDoc, searchDoc }: EntryArgs): DocToSync => {
  const aliases: string[] = (originalDoc.aliases ?? []).map(
    (entry: { alias: string }) => entry.alias,
  )
  return {
    ...searchDoc,
    title: originalDoc.name ?? '',
    slug: originalDoc.slug ?? '',
    dek: clip(
      joinFacts([
        aliases.length > 0 ? `Also known as ${aliases.join(', ')}` : null,
        originalDoc.portrayedBy ? `Played by ${originalDoc.portrayedBy}` : null,
      ]),
    ),
    publishedAt: null,
    keywords: joinFacts([...aliases, originalDoc.portrayedBy]),
  }
}

/** A show in search: found by title, network or franchise; its excerpt is those facts. */
export const showSearchEntry = ({ originalDoc, searchDoc }: EntryArgs): DocToSync => ({
  ...searchDoc,
  title: originalDoc.title ?? '',
  slug: originalDoc.slug ?? '',
  dek: clip(joinFacts([originalDoc.network, originalDoc.franchise])),
  publishedAt: null,
  keywords: joinFacts([originalDoc.network, originalDoc.franchise]),
})
