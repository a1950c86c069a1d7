import { describe, expect, it } from 'vitest'

import { collectCharacterIds } from '@/lexical/characterTag/shared/collectCharacterTags'
import { doc, paragraph, spoiler, spoilerBlock, tag } from '@/seed/lexical'

const tagged = (id: number, words: string) => ({ ...tag('x', words), characterId: id })

describe('collectCharacterIds inside spoilers', () => {
  it('should find tags inside inline spoilers and spoiler sections', () => {
    const state = doc(
      paragraph('Hidden: ', spoiler(['help from ', tagged(4, 'Colleen')], { show: 1, season: 2 })),
      spoilerBlock([paragraph(tagged(5, 'Danny'), ' offers ', spoiler(tagged(6, 'Misty')))]),
    )
    expect(collectCharacterIds(state)).toEqual([4, 5, 6])
  })
})
