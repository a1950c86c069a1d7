/** Seasons and premiere dates from shared/demo-facts.md. */
export type SeedShow = {
  slug: string
  title: string
  network: string
  franchise: string
  synopsis: string
  seasons: Array<{ number: number; premiereDate: string; episodeCount?: number }>
}

/** Every demo show is a Marvel series that premiered on Netflix. */
const marvelNetflix = (show: Omit<SeedShow, 'network' | 'franchise'>): SeedShow => ({
  ...show,
  network: 'Netflix',
  franchise: 'Marvel Netflix',
})

export const seedShows: SeedShow[] = [
  marvelNetflix({
    slug: 'daredevil',
    title: 'Daredevil',
    synopsis:
      'A blind lawyer from Hell’s Kitchen spends his nights as a masked vigilante, fighting the crime his day job cannot reach.',
    seasons: [
      { number: 1, premiereDate: '2015-04-10', episodeCount: 13 },
      { number: 2, premiereDate: '2016-03-18', episodeCount: 13 },
      { number: 3, premiereDate: '2018-10-19', episodeCount: 13 },
    ],
  }),
  marvelNetflix({
    slug: 'jessica-jones',
    title: 'Jessica Jones',
    synopsis:
      'A hard-drinking private investigator with super-strength takes the cases nobody else wants, while her own past keeps catching up with her.',
    seasons: [
      { number: 1, premiereDate: '2015-11-20', episodeCount: 13 },
      { number: 2, premiereDate: '2018-03-08', episodeCount: 13 },
      { number: 3, premiereDate: '2019-06-14', episodeCount: 13 },
    ],
  }),
  marvelNetflix({
    slug: 'luke-cage',
    title: 'Luke Cage',
    synopsis:
      'A man with unbreakable skin tries to keep his head down in Harlem, until the neighbourhood needs someone bullets cannot stop.',
    seasons: [
      { number: 1, premiereDate: '2016-09-30', episodeCount: 13 },
      { number: 2, premiereDate: '2018-06-22', episodeCount: 13 },
    ],
  }),
  marvelNetflix({
    slug: 'iron-fist',
    title: 'Iron Fist',
    synopsis:
      'Presumed dead for fifteen years, the heir to a New York fortune comes home trained in martial arts and carrying a mystical power.',
    seasons: [
      { number: 1, premiereDate: '2017-03-17', episodeCount: 13 },
      { number: 2, premiereDate: '2018-09-07', episodeCount: 10 },
    ],
  }),
  marvelNetflix({
    slug: 'the-defenders',
    title: 'The Defenders',
    synopsis:
      'Four street-level heroes with very different tempers are pushed into one fight against an ancient criminal organisation.',
    seasons: [{ number: 1, premiereDate: '2017-08-18', episodeCount: 8 }],
  }),
]
