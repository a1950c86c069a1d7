import {
  bulletList,
  doc,
  heading,
  paragraph,
  quote,
  spoiler,
  spoilerBlock,
  tag,
  text,
} from './lexical'

const LUKE_CAGE_SEASON_2 = { show: 'slug:luke-cage', season: 2 }

/**
 * Words the demo hides inside spoilers. Tests check that none of them ever reaches the page
 * head, metadata, excerpts or any other text that leaves an article.
 */
export const SEEDED_SPOILER_STRINGS = [
  'Colleen helps her through physical therapy',
  'loses her right arm',
  'physical therapy',
  'mechanical replacement arm',
  'built by his company',
] as const

/** Demo articles. The prose is original; the facts come from shared/demo-facts.md. */
export type SeedArticle = {
  slug: string
  title: string
  dek: string
  status: 'draft' | 'published'
  /** Days before the seed runs; keeps the demo's order stable. */
  publishedDaysAgo: number
  shows: string[]
  spoilerWarnings: Array<{ show: string; season?: number; note?: string }>
  heroAlt: string
  heroPalette: [string, string]
  body: ReturnType<typeof doc>
}

export const seedArticles: SeedArticle[] = [
  {
    slug: 'is-jessica-jones-in-luke-cage-season-2',
    title: 'Is Jessica Jones in Luke Cage Season 2?',
    dek: 'Short answer: no. Here is who does turn up in Harlem this time, and how the Netflix corner of Marvel fits together.',
    status: 'published',
    publishedDaysAgo: 2,
    shows: ['luke-cage', 'jessica-jones', 'the-defenders'],
    spoilerWarnings: [{ show: 'luke-cage', season: 2 }],
    heroAlt: 'A deep red and gold abstract poster for the Luke Cage explainer',
    heroPalette: ['#7a1018', '#f2b134'],
    body: doc(
      paragraph(
        'If you finished ',
        text('The Defenders', 'italic'),
        ' hoping for another round of ',
        tag('luke-cage', 'Luke Cage'),
        ' and ',
        tag('jessica-jones', 'Jessica Jones'),
        ' trading insults, we have to lower your expectations. Jessica does not appear in Luke Cage Season 2, and she was not in Season 1 either.',
      ),
      paragraph(
        'The two share history. Luke was introduced in the first season of Jessica Jones as the bar owner she could not stop thinking about, and the pair became allies and lovers before either show had his name in the title. The favour has not been returned in the other direction: Luke sits out Jessica Jones Season 2, which premiered on March 8, 2018, and only comes back for her third and final season.',
      ),
      heading('h2', 'So who is in it?'),
      paragraph(
        'Season 2 premiered on June 22, 2018, and leans on the wider cast more than any solo Marvel Netflix season before it. Luke is now dating the nurse ',
        tag('claire-temple', 'Claire Temple'),
        ', who has patched up half of the city’s vigilantes by this point. ',
        tag('misty-knight', 'Misty Knight'),
        ' is back on the force, and the crossover characters from Iron Fist make the trip uptown: ',
        tag('danny-rand', 'Danny Rand'),
        ', who also answers to ',
        tag('danny-rand', 'Iron Fist'),
        ', and ',
        tag('colleen-wing', 'Colleen Wing'),
        '.',
      ),
      bulletList(
        ['Luke Cage, still the reluctant hero of Harlem'],
        ['Claire Temple, now in a relationship with Luke'],
        ['Misty Knight, recovering from The Defenders'],
        ['Danny Rand and Colleen Wing, visiting from Iron Fist'],
        ['Mariah Dillard and Bushmaster, the season’s two villains'],
      ),
      heading('h2', 'What happens to Misty'),
      paragraph(
        'Misty’s storyline starts from where The Defenders finale left her, and it is the part of this season you may not want to read about yet. ',
        spoiler(
          [
            tag('colleen-wing', 'Colleen'),
            ' helps her through physical therapy after she loses her right arm in that finale.',
          ],
          LUKE_CAGE_SEASON_2,
        ),
      ),
      spoilerBlock(
        [
          paragraph(
            tag('danny-rand', 'Danny'),
            ' then offers her a mechanical replacement arm, built by his company.',
          ),
        ],
        LUKE_CAGE_SEASON_2,
      ),
      heading('h2', 'The villains'),
      paragraph(
        tag('mariah-dillard', 'Mariah Dillard'),
        ' returns from the first season, still a councilwoman in public and now an arms dealer in private. Opposite her is ',
        tag('bushmaster', 'Bushmaster'),
        ', a Jamaican gang leader who can make himself bulletproof and strong enough to trade blows with Luke, which makes him the first opponent who can genuinely hurt him.',
      ),
      quote(
        'The show works best when Harlem itself is the prize: Mariah wants to own it, Bushmaster wants to take it from her, and Luke wants everyone to leave it alone.',
      ),
    ),
  },
  {
    slug: 'claire-temple-the-nurse-who-connects-marvels-netflix-shows',
    title: 'Claire Temple, the nurse who connects Marvel’s Netflix shows',
    dek: 'She has no powers and no costume, yet she turns up in more of these series than any hero. A guide to where to find her.',
    status: 'published',
    publishedDaysAgo: 5,
    shows: ['daredevil', 'jessica-jones', 'luke-cage', 'iron-fist', 'the-defenders'],
    spoilerWarnings: [],
    heroAlt: 'A teal and white abstract poster for the Claire Temple guide',
    heroPalette: ['#0f4c5c', '#e0f2f1'],
    body: doc(
      paragraph(
        'Every shared universe needs a connector, and on Netflix it was a nurse with a first-aid kit. ',
        tag('claire-temple', 'Claire Temple'),
        ' is the character most likely to walk into a scene from another show and make it feel like one city.',
      ),
      heading('h2', 'Where she appears'),
      bulletList(
        [
          'Daredevil, Seasons 1 and 2: where she first finds ',
          tag('matt-murdock', 'Matt Murdock'),
          ' bleeding in a dumpster',
        ],
        ['Jessica Jones, Season 1: a short but memorable visit'],
        ['Luke Cage, Seasons 1 and 2: the closest she comes to a leading role'],
        [
          'Iron Fist, Season 1: helping ',
          tag('colleen-wing', 'Colleen Wing'),
          ' and ',
          tag('danny-rand', 'Danny Rand'),
        ],
        ['The Defenders: the one person all four heroes already trust'],
      ),
      paragraph(
        'Rosario Dawson plays her with a tiredness that makes the superheroics around her more believable. She is the audience’s stand-in: unimpressed by capes, worried about infections.',
      ),
      heading('h2', 'Why she matters'),
      paragraph(
        'Crossovers usually need a plot device. Claire makes them feel earned, because by the time the heroes meet each other properly they have all been stitched up by the same person.',
      ),
    ),
  },
  {
    slug: 'will-there-be-a-defenders-season-2',
    title: 'Will there be a Defenders Season 2?',
    dek: 'The eight-episode team-up was planned as a one-off, and the people who made it have said as much.',
    status: 'published',
    publishedDaysAgo: 9,
    shows: ['the-defenders'],
    spoilerWarnings: [{ show: 'the-defenders' }],
    heroAlt: 'A dark purple and silver abstract poster for the Defenders article',
    heroPalette: ['#2b1b4a', '#c9c9d6'],
    body: doc(
      paragraph(
        'The Defenders brought ',
        tag('matt-murdock', 'Matt Murdock'),
        ', ',
        tag('jessica-jones', 'Jessica Jones'),
        ', ',
        tag('luke-cage', 'Luke Cage'),
        ' and ',
        tag('danny-rand', 'Danny Rand'),
        ' into one eight-episode miniseries in 2017. It was always described as an event rather than the first season of something longer.',
      ),
      paragraph(
        'Jeph Loeb, who ran Marvel’s television division, confirmed that a second season was not planned. Krysten Ritter had also said she did not expect another one. The characters carried on in their own shows instead, and the crossovers moved there too.',
      ),
      heading('h2', 'Where the story went next'),
      paragraph(
        'Luke Cage Season 2 picks up ',
        tag('misty-knight', 'Misty Knight'),
        '’s story, Iron Fist Season 2 continues Danny and Colleen’s, and Daredevil Season 3 deals with what the finale did to Matt.',
      ),
    ),
  },
  {
    slug: 'bushmaster-the-villain-built-to-match-luke-cage',
    title: 'Bushmaster: the villain built to match Luke Cage',
    dek: 'A first look at how Season 2 gives Luke an opponent who can take a punch. Still being edited.',
    status: 'draft',
    publishedDaysAgo: 0,
    shows: ['luke-cage'],
    spoilerWarnings: [{ show: 'luke-cage', season: 2 }],
    heroAlt: 'A green and black abstract poster for the Bushmaster article',
    heroPalette: ['#0b3d20', '#9bd17a'],
    body: doc(
      paragraph(
        'Draft: ',
        tag('bushmaster', 'Bushmaster'),
        ' is the answer to a question the first season never quite solved, namely how you threaten a man who cannot be shot. Mustafa Shakir plays him as patient and personal rather than flashy. Mariah Dillard is still to be tagged in this draft.',
      ),
    ),
  },
]
