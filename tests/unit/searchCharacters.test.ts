import { describe, expect, it } from 'vitest'

import { searchCharacters } from '@/lexical/characterTag/shared/searchCharacters'
import type { CharacterIndexEntry } from '@/lexical/characterTag/shared/types'

const entry = (id: number, name: string, aliases: string[] = []): CharacterIndexEntry => ({
  id,
  name,
  slug: String(id),
  aliases,
  shows: [],
})
const cast = [
  entry(1, 'Misty Knight'),
  entry(2, 'Danny Rand', ['Iron Fist']),
  entry(3, 'Mariah Dillard'),
  entry(4, 'Matt Murdock', ['Daredevil']),
]
const names = (query: string) =>
  searchCharacters(cast, query).map((s) => [s.character.name, s.matchedLabel])

describe('searchCharacters', () => {
  it('should match a name prefix case-insensitively', () => {
    expect(names('mis')).toEqual([['Misty Knight', 'Misty Knight']])
  })

  it('should match a later word, so "fist" finds Danny Rand through his alias', () => {
    expect(names('fist')).toEqual([['Danny Rand', 'Iron Fist']])
  })

  it('should rank whole-name prefixes before later-word matches', () => {
    expect(names('ma').map(([name]) => name)).toEqual(['Mariah Dillard', 'Matt Murdock'])
    expect(names('d').map(([name]) => name)).toEqual([
      'Danny Rand',
      'Matt Murdock',
      'Mariah Dillard',
    ])
  })

  it('should list everyone, alphabetically, for an empty query, up to the limit', () => {
    expect(searchCharacters(cast, '', 2).map((s) => s.character.name)).toEqual([
      'Danny Rand',
      'Mariah Dillard',
    ])
  })

  it('should return nothing when no name or alias matches', () => {
    expect(names('zzz')).toEqual([])
  })
})
