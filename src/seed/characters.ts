/** Characters and their appearances from shared/demo-facts.md; bios are our own words. */
export type SeedCharacter = {
  slug: string
  name: string
  aliases: string[]
  portrayedBy: string
  bio: string
  /** Show slug → seasons; an empty list means the whole (single-season) show. */
  appearances: Record<string, number[]>
}

export const seedCharacters: SeedCharacter[] = [
  {
    slug: 'luke-cage',
    name: 'Luke Cage',
    aliases: [],
    portrayedBy: 'Mike Colter',
    bio: 'An ex-convict with bulletproof skin who would rather sweep floors in a barbershop than be a hero, and keeps ending up one anyway.',
    appearances: { 'jessica-jones': [1, 3], 'luke-cage': [1, 2], 'the-defenders': [] },
  },
  {
    slug: 'jessica-jones',
    name: 'Jessica Jones',
    aliases: [],
    portrayedBy: 'Krysten Ritter',
    bio: 'A sardonic private investigator whose strength is matched only by her talent for pushing people away.',
    appearances: { 'jessica-jones': [1, 2, 3], 'the-defenders': [] },
  },
  {
    slug: 'danny-rand',
    name: 'Danny Rand',
    aliases: ['Iron Fist'],
    portrayedBy: 'Finn Jones',
    bio: 'The returned heir of Rand Enterprises and the living weapon known as the Iron Fist, still learning what either title asks of him.',
    appearances: { 'iron-fist': [1, 2], 'the-defenders': [], 'luke-cage': [2] },
  },
  {
    slug: 'colleen-wing',
    name: 'Colleen Wing',
    aliases: [],
    portrayedBy: 'Jessica Henwick',
    bio: 'A martial-arts teacher with a sword, a dojo and a sharper sense of right and wrong than most of the people she trains.',
    appearances: { 'iron-fist': [1, 2], 'the-defenders': [], 'luke-cage': [2] },
  },
  {
    slug: 'misty-knight',
    name: 'Misty Knight',
    aliases: [],
    portrayedBy: 'Simone Missick',
    bio: 'A Harlem police detective with an eye for crime scenes and little patience for anyone, hero or not, who works outside the law.',
    appearances: { 'luke-cage': [1, 2], 'the-defenders': [], 'iron-fist': [2] },
  },
  {
    slug: 'claire-temple',
    name: 'Claire Temple',
    aliases: [],
    portrayedBy: 'Rosario Dawson',
    bio: 'A night-shift nurse who has stitched up nearly every vigilante in New York, and the thread that ties their stories together.',
    appearances: {
      daredevil: [1, 2],
      'jessica-jones': [1],
      'luke-cage': [1, 2],
      'iron-fist': [1],
      'the-defenders': [],
    },
  },
  {
    slug: 'mariah-dillard',
    name: 'Mariah Dillard',
    aliases: [],
    portrayedBy: 'Alfre Woodard',
    bio: 'A Harlem councilwoman from a crime family, who talks about uplifting her community while profiting from the worst of it.',
    appearances: { 'luke-cage': [1, 2] },
  },
  {
    slug: 'bushmaster',
    name: 'Bushmaster',
    aliases: ['John McIver'],
    portrayedBy: 'Mustafa Shakir',
    bio: 'A Jamaican gang leader with an old grudge against the Stokes family and a herbal edge that makes him a match for Luke.',
    appearances: { 'luke-cage': [2] },
  },
  {
    slug: 'matt-murdock',
    name: 'Matt Murdock',
    aliases: ['Daredevil'],
    portrayedBy: 'Charlie Cox',
    bio: 'A blind defence attorney whose other senses make him a formidable fighter after dark.',
    appearances: { daredevil: [1, 2, 3], 'the-defenders': [] },
  },
]
