import { describe, expect, it } from 'vitest'

import {
  formatSeasonEpisode,
  formatSpoilerScope,
} from '@/lexical/spoiler/shared/formatSpoilerScope'
import { spoilerTooltip } from '@/lexical/spoiler/inline/client/useSpoilerTooltips'
import { formatSeasons } from '@/utilities/formatSeasons'

const lukeCage = { title: 'Luke Cage' }

describe('one wording for scopes and seasons', () => {
  it('should put a scope into words, short on badges and long in sentences', () => {
    expect(formatSpoilerScope({ show: lukeCage, season: 2, episode: 3 })).toBe('Luke Cage S2E3')
    expect(formatSpoilerScope({ show: lukeCage, season: 2 }, 'long')).toBe('Luke Cage Season 2')
    expect(formatSpoilerScope({ show: lukeCage, season: 2, episode: 3 }, 'long')).toBe(
      'Luke Cage Season 2 Episode 3',
    )
    expect(formatSpoilerScope({ show: { title: 'The Defenders' } })).toBe('The Defenders')
    expect(formatSpoilerScope({ show: 12, season: 2 })).toBe('an unnamed show S2')
    expect(formatSeasonEpisode({ season: 2, episode: 10 })).toBe('Season 2 Episode 10')
  })

  it("should name the show by its title in an inline spoiler's tooltip, never by its id", () => {
    const shows = [{ id: 12, title: 'Luke Cage', seasons: [] }]
    expect(spoilerTooltip({ show: 12, season: 2, episode: 3 }, shows)).toBe(
      'Spoiler: Luke Cage Season 2 Episode 3',
    )
    expect(spoilerTooltip({ show: 12, season: 2 }, [])).toBe('Spoiler')
    expect(spoilerTooltip(null, shows)).toBe('Spoiler (inherits the article’s warnings)')
  })

  it('should list seasons in order, each once', () => {
    expect(formatSeasons([2, 1, 2])).toBe('Seasons 1, 2')
    expect(formatSeasons([3])).toBe('Season 3')
    expect(formatSeasons(null)).toBe('')
  })
})
