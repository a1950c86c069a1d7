import { describe, expect, it } from 'vitest'

import { collectCharacterIds } from '@/lexical/characterTag/shared/collectCharacterTags'
import { retargetCharacterTags } from '@/lexical/characterTag/shared/retargetCharacterTags'
import { doc, paragraph, tag } from '@/seed/lexical'

const tagged = (id: number, words: string) => ({ ...tag('x', words), characterId: id })

describe('retargetCharacterTags', () => {
  it('should point every tag of one character at another, keeping the words', () => {
    const state = doc(
      paragraph(tagged(7, 'Danny'), ' and ', tagged(8, 'Luke')),
      paragraph(tagged(7, 'Iron Fist')),
    )
    const next = retargetCharacterTags(state, 7, 3)
    expect(collectCharacterIds(next)).toEqual([3, 8])
    expect(JSON.stringify(next)).toContain('Iron Fist')
    expect(collectCharacterIds(state)).toEqual([7, 8])
  })

  it('should return the same object when nothing changes', () => {
    const state = doc(paragraph(tagged(8, 'Luke')))
    expect(retargetCharacterTags(state, 7, 3)).toBe(state)
  })

  it('should match ids across number and string forms', () => {
    expect(
      collectCharacterIds(retargetCharacterTags(doc(paragraph(tagged(7, 'x'))), '7', 3)),
    ).toEqual([3])
  })
})
