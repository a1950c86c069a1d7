import { describe, expect, it } from 'vitest'

import { spoilerBannerText } from '@/lexical/spoiler/shared/spoilerBannerText'

const lukeCage = { id: 1, title: 'Luke Cage' }
const defenders = { id: 2, title: 'The Defenders' }

describe('spoilerBannerText', () => {
  it('should name one season of one show', () => {
    expect(spoilerBannerText([{ show: lukeCage, season: 2 }])).toBe(
      'Spoilers for Luke Cage Season 2 follow.',
    )
  })

  it('should merge consecutive seasons of one show into a range', () => {
    expect(
      spoilerBannerText([
        { show: lukeCage, season: 2 },
        { show: lukeCage, season: 1 },
      ]),
    ).toBe('Spoilers for Luke Cage Seasons 1–2 follow.')
  })

  it('should list seasons that are not consecutive', () => {
    expect(
      spoilerBannerText([
        { show: lukeCage, season: 1 },
        { show: lukeCage, season: 3 },
        { show: lukeCage, season: 4 },
      ]),
    ).toBe('Spoilers for Luke Cage Seasons 1 and 3–4 follow.')
  })

  it('should name the whole show when a warning has no season', () => {
    expect(spoilerBannerText([{ show: defenders }])).toBe('Spoilers for The Defenders follow.')
    expect(spoilerBannerText([{ show: defenders, season: 1 }, { show: defenders }])).toBe(
      'Spoilers for The Defenders follow.',
    )
  })

  it('should join several shows naturally', () => {
    expect(spoilerBannerText([{ show: lukeCage, season: 2 }, { show: defenders }])).toBe(
      'Spoilers for Luke Cage Season 2 and The Defenders follow.',
    )
    expect(
      spoilerBannerText([
        { show: lukeCage, season: 2 },
        { show: { id: 3, title: 'Iron Fist' }, season: 2 },
        { show: defenders },
      ]),
    ).toBe('Spoilers for Luke Cage Season 2, Iron Fist Season 2 and The Defenders follow.')
  })

  it('should name an episode, unless its whole season is already named', () => {
    expect(spoilerBannerText([{ show: lukeCage, season: 2, episode: 5 }])).toBe(
      'Spoilers for Luke Cage Season 2 Episode 5 follow.',
    )
    expect(
      spoilerBannerText([
        { show: lukeCage, season: 2, episode: 5 },
        { show: lukeCage, season: 2 },
      ]),
    ).toBe('Spoilers for Luke Cage Season 2 follow.')
  })

  it('should use the title map when shows are bare ids', () => {
    expect(spoilerBannerText([{ show: 'abc', season: 2 }], { abc: 'Luke Cage' })).toBe(
      'Spoilers for Luke Cage Season 2 follow.',
    )
  })

  it('should return null when no warning can be described', () => {
    expect(spoilerBannerText([])).toBeNull()
    expect(spoilerBannerText(null)).toBeNull()
    expect(spoilerBannerText([{ show: 99, season: 1 }])).toBeNull()
    expect(spoilerBannerText([{ season: 1 }])).toBeNull()
  })
})
