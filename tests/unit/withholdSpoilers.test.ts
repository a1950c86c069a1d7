import { describe, expect, it } from 'vitest'

import { collectSpoilerTexts } from '@/lexical/spoiler/shared/collectSpoilerTexts'
import { withheldIndex, withholdSpoilers } from '@/lexical/spoiler/shared/withholdSpoilers'
import { doc, paragraph, quote, spoiler, spoilerBlock, tag } from '@/seed/lexical'

const INLINE = 'Misty loses her right arm'
const BLOCK = 'Danny offers her a mechanical replacement'
const NESTED = 'built by his company'

describe('withholdSpoilers', () => {
  const state = doc(
    paragraph('Before ', spoiler(INLINE, { show: 1, season: 2 }), ' after.'),
    quote('Quoted ', spoiler(['with ', tag('danny-rand', 'Danny')])),
    spoilerBlock([paragraph(BLOCK, ' ', spoiler(NESTED))], { show: 1, season: 2 }),
  )

  it('should leave no spoiler text in the body, and keep each spoiler in place with its scope', () => {
    const { state: withheld, spoilers } = withholdSpoilers(state)
    const json = JSON.stringify(withheld)
    for (const secret of [INLINE, BLOCK, NESTED, 'Danny']) expect(json).not.toContain(secret)
    expect(json).toContain('Before ')
    expect(json).toContain('"season":2')
    expect(spoilers).toHaveLength(3)
    expect(collectSpoilerTexts(withheld)).toEqual([])
  })

  it('should hand back each outermost spoiler, in page order, with a nested one inside it', () => {
    const { spoilers } = withholdSpoilers(state)
    const texts = spoilers.map((spoiler) => JSON.stringify(spoiler.nodes))
    expect(texts[0]).toContain(INLINE)
    expect(texts[1]).toContain('danny-rand')
    expect(texts[2]).toContain(BLOCK)
    expect(texts[2]).toContain(NESTED)
  })

  it('should number the spoilers in the body as the list is ordered, and not change its input', () => {
    const before = JSON.stringify(state)
    const { state: withheld } = withholdSpoilers(state)
    expect(JSON.stringify(state)).toBe(before)
    const numbers: number[] = []
    JSON.stringify(withheld, (_key, value: unknown) => {
      const index = withheldIndex(value)
      if (index !== null) numbers.push(index)
      return value
    })
    expect(numbers).toEqual([0, 1, 2])
  })
})
