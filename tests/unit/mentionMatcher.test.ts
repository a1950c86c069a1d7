import { describe, expect, it } from 'vitest'

import { buildMentionMatcher } from '@/lexical/characterTag/shared/mentionMatcher'
import type { CharacterIndexEntry } from '@/lexical/characterTag/shared/types'

const character = (id: number, name: string, aliases: string[] = []): CharacterIndexEntry => ({
  id,
  name,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  aliases,
  shows: [],
})

const cast = [
  character(1, 'Luke Cage'),
  character(2, 'Luke'),
  character(3, 'Danny Rand', ['Iron Fist']),
  character(4, 'Claire Temple'),
  character(5, 'Matt Murdock', ['Daredevil']),
]
const matcher = buildMentionMatcher(cast)
const labels = (text: string) =>
  matcher.findMentions(text).map((m) => [m.label, text.slice(m.start, m.end)])

describe('mention matcher', () => {
  it('should find names and aliases, case-insensitively, with exact offsets', () => {
    expect(labels('iron fist and CLAIRE TEMPLE')).toEqual([
      ['Iron Fist', 'iron fist'],
      ['Claire Temple', 'CLAIRE TEMPLE'],
    ])
  })

  it('should prefer the longest name at a position: "Luke Cage" over "Luke"', () => {
    expect(labels('Luke Cage saw Luke.')).toEqual([
      ['Luke Cage', 'Luke Cage'],
      ['Luke', 'Luke'],
    ])
  })

  it('should respect word boundaries', () => {
    expect(labels('Lukewarm Daredevils and Claire Templeton')).toEqual([])
  })

  it('should match possessives and names across a line break, but not across punctuation', () => {
    expect(labels('Claire Temple’s shift')).toEqual([['Claire Temple', 'Claire Temple']])
    expect(labels('Claire\nTemple')).toEqual([['Claire Temple', 'Claire\nTemple']])
    expect(labels('Claire. Temple')).toEqual([])
  })

  it('should return the character id of the alias', () => {
    expect(matcher.findMentions('Iron Fist')[0]?.characterId).toBe(3)
  })

  it('should find nothing in an empty text or with an empty character list', () => {
    expect(matcher.findMentions('')).toEqual([])
    expect(buildMentionMatcher([]).findMentions('Luke Cage')).toEqual([])
  })
})

describe('mention matcher with show titles (issue 13, item 4)', () => {
  const netflixCast = [
    character(1, 'Luke Cage'),
    character(2, 'Jessica Jones'),
    character(3, 'Danny Rand', ['Iron Fist']),
    character(4, 'Claire Temple'),
    character(6, 'Danny'),
    character(7, 'Danny Boy', ['Danny']),
  ]
  const shows = ['Luke Cage', 'Jessica Jones', 'Iron Fist', 'The Defenders']
  const withShows = buildMentionMatcher(netflixCast, shows)
  const found = (text: string) =>
    withShows.findMentions(text).map((m) => ({
      words: text.slice(m.start, m.end),
      isAmbiguous: m.isAmbiguous,
      candidates: m.candidates,
    }))

  it('should never offer a show reference ("Luke Cage Season 2") as a character mention', () => {
    expect(found('Spoilers for Luke Cage Season 2 and Jessica Jones season 1 follow.')).toEqual([])
    expect(
      found('In Luke Cage S2, and in Season 2 of Jessica Jones, and Iron Fist’s second season'),
    ).toEqual([])
  })

  it('should skip a show title that names no character ("The Defenders")', () => {
    expect(found('After The Defenders, Claire Temple moved on.')).toEqual([
      { words: 'Claire Temple', isAmbiguous: false, candidates: [4] },
    ])
  })

  it('should mark words that name both a character and a show as ambiguous, never plain', () => {
    expect(found('Is Jessica Jones in Luke Cage Season 2?')).toEqual([
      { words: 'Jessica Jones', isAmbiguous: true, candidates: [2] },
    ])
    expect(found('Danny, who answers to Iron Fist, is visiting from Iron Fist.')).toEqual([
      { words: 'Danny', isAmbiguous: true, candidates: [6, 7] },
      { words: 'Iron Fist', isAmbiguous: true, candidates: [3] },
      { words: 'Iron Fist', isAmbiguous: true, candidates: [3] },
    ])
  })

  it('should mark a name or alias shared by several characters as ambiguous', () => {
    expect(found('Danny Rand and Danny')).toEqual([
      { words: 'Danny Rand', isAmbiguous: false, candidates: [3] },
      { words: 'Danny', isAmbiguous: true, candidates: [6, 7] },
    ])
  })

  it('should give the words around a mention as its context', () => {
    const [match] = withShows.findMentions('Long ago. Is Jessica Jones in Luke Cage Season 2? Yes.')
    expect(match?.context).toEqual({
      before: 'Long ago. Is ',
      after: ' in Luke Cage Season 2? Yes.',
    })
  })
})

describe('mention matcher across the text nodes of one paragraph', () => {
  const matcher = buildMentionMatcher([character(1, 'Luke Cage')], ['Luke Cage'])

  it('should see "Season 2" in the next node, so "Luke Cage" stays a show reference', () => {
    expect(
      matcher.findMentions('Is Jessica in Luke Cage ', { before: '', after: 'Season 2?' }),
    ).toEqual([])
  })

  it('should take the context from the whole paragraph, with offsets into the node', () => {
    const [match] = matcher.findMentions(' visits Luke Cage.', { before: 'Claire', after: ' Then' })
    expect(match).toMatchObject({
      start: 8,
      end: 17,
      context: { before: 'Claire visits ', after: '. Then' },
    })
  })
})
