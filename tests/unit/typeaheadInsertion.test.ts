import { describe, expect, it } from 'vitest'

import { searchCharacters } from '@/lexical/characterTag/shared/searchCharacters'
import {
  tagWordsForSuggestion,
  needsSpaceAfterTag,
} from '@/lexical/characterTag/shared/typeaheadInsertion'
import type { CharacterIndexEntry } from '@/lexical/characterTag/shared/types'

const trish: CharacterIndexEntry = {
  id: 1,
  name: 'Trish Walker',
  slug: 'trish-walker',
  aliases: ['Patsy', 'Hellcat'],
  shows: [],
}

describe('what the @ typeahead writes (issue 13, item 3)', () => {
  it('should keep the alias chosen: "@Pat" matching "Patsy" writes "Patsy", not "Trish Walker"', () => {
    const [suggestion] = searchCharacters([trish], 'Pat')
    expect(tagWordsForSuggestion(suggestion!)).toBe('Patsy')
  })

  it('should write the name when the name is what matched', () => {
    const [suggestion] = searchCharacters([trish], 'tri')
    expect(tagWordsForSuggestion(suggestion!)).toBe('Trish Walker')
  })

  it('should add a space only when a word follows straight on, never a second one', () => {
    expect(needsSpaceAfterTag(null)).toBe(false)
    expect(needsSpaceAfterTag('')).toBe(false)
    expect(needsSpaceAfterTag(' is back')).toBe(false)
    expect(needsSpaceAfterTag('\u00a0is back')).toBe(false)
    expect(needsSpaceAfterTag('.')).toBe(false)
    expect(needsSpaceAfterTag('’s return')).toBe(false)
    expect(needsSpaceAfterTag('is back')).toBe(true)
  })
})
