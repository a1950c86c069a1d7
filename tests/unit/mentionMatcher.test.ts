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
