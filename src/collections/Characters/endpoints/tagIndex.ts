import type { Endpoint } from 'payload'

import type { CharacterIndexEntry } from '@/lexical/characterTag/shared/types'

/**
 * `GET /api/characters/tag-index`: every character in the compact form the editor's tagging
 * tools need, and every show title, in one response, so the typeahead and the mention matcher are built once per
 * character list rather than queried per keystroke. Staff only.
 */
export const tagIndexEndpoint: Endpoint = {
  path: '/tag-index',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return Response.json({ errors: [{ message: 'Sign in first.' }] }, { status: 401 })
    const [{ docs }, shows] = await Promise.all([
      req.payload.find({
        collection: 'characters',
        select: { name: true, slug: true, aliases: true, appearances: true },
        depth: 1,
        populate: { shows: { title: true } },
        pagination: false,
        sort: 'name',
        req,
      }),
      req.payload.find({
        collection: 'shows',
        select: { title: true },
        depth: 0,
        pagination: false,
        req,
      }),
    ])
    const characters: CharacterIndexEntry[] = docs.map((doc) => ({
      id: doc.id,
      name: doc.name,
      slug: doc.slug ?? '',
      aliases: (doc.aliases ?? []).map((entry) => entry.alias),
      shows: (doc.appearances ?? [])
        .map((appearance) => (typeof appearance.show === 'object' ? appearance.show.title : ''))
        .filter(Boolean),
    }))
    // Show titles too, so "Luke Cage Season 2" is never offered as a character mention.
    const showTitles = shows.docs.map((show) => show.title).filter(Boolean)
    return Response.json(
      { characters, showTitles },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
}
