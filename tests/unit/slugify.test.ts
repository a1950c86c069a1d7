import { describe, expect, it } from 'vitest'

import { slugify } from '@/utilities/slugify'

describe('slugify', () => {
  it('should lower-case and hyphenate a headline', () => {
    expect(slugify('Is Jessica Jones in Luke Cage Season 2?')).toBe(
      'is-jessica-jones-in-luke-cage-season-2',
    )
  })

  it('should fold accents and drop apostrophes instead of leaving gaps', () => {
    expect(slugify('Hell’s Kitchen: Pokémon café')).toBe('hells-kitchen-pokemon-cafe')
  })

  it('should never start or end with a hyphen, even when cut to length', () => {
    const slug = slugify(`${'word '.repeat(40)}!`)
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('should return an empty string for text with no letters or digits', () => {
    expect(slugify('¿!—?')).toBe('')
  })
})
