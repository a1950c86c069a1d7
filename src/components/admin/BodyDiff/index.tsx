import { LexicalDiffComponent } from '@payloadcms/richtext-lexical/rsc'
import type { CollectionSlug, PayloadRequest, RichTextFieldDiffServerComponent } from 'payload'

import { collectDiffNameIds, type DiffNames, toDiffableBody } from '@/lexical/diff/toDiffableBody'

const namesOf = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: Set<string>,
  field: 'name' | 'title',
): Promise<Map<string, string>> => {
  if (ids.size === 0) return new Map()
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: [...ids] } },
    select: { [field]: true },
    depth: 0,
    limit: ids.size,
    pagination: false,
    overrideAccess: false,
    req,
  })
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      String((doc as unknown as Record<string, unknown>)[field] ?? ''),
    ]),
  )
}

/**
 * The article body in "Versions → compare": Payload's own Lexical diff, given the body with
 * our nodes turned into ones it renders (`toDiffableBody`), so tagged words and spoiler text
 * are compared as words instead of bare "characterTag" / "inlineSpoiler" chips.
 */
export const BodyDiff: RichTextFieldDiffServerComponent = async (props) => {
  const { comparisonValue, versionValue, req } = props
  const ids = collectDiffNameIds([comparisonValue, versionValue])
  const [characters, shows] = await Promise.all([
    namesOf(req, 'characters', ids.characters, 'name'),
    namesOf(req, 'shows', ids.shows, 'title'),
  ])
  const names: DiffNames = { characters, shows }
  return (
    <LexicalDiffComponent
      {...props}
      comparisonValue={toDiffableBody(comparisonValue, names)}
      versionValue={toDiffableBody(versionValue, names)}
    />
  )
}
