/**
 * The synthetic corpus's content, deterministic per article index: names, prose and the
 * Lexical bodies (built with the seed's builders, exactly what the admin editor saves).
 */
import { doc, paragraph, tag, text } from '../../src/seed/lexical'

type Id = number | string

const mulberry32 = (seed: number) => () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const FIRST = (
  'Ava Ben Cora Dev Eli Faye Gus Hana Ivo Jade Kai Lena Milo Nia Omar Pia Quin Rosa Sami Tess ' +
  'Uma Vic Wren Xan Yara Zed Abe Bea Cal Dara Emil Fern Gil Hugo Isla Jon Kira Leo Mara Ned ' +
  'Oona Pete Rhea Saul Tara Ugo Vera Walt Yuki Zora'
).split(' ')
export const LAST = (
  'Ashby Blake Crane Dunn Ellis Frost Grey Hale Irons Juno Kerr Lowe Marsh Nash Orr Price ' +
  'Quill Reyes Stone Thorne Underwood Vance Webb Xiong Young Zane Abbott Booth Cole Drake ' +
  'Egan Flint Grant Hart Ives Jett Knox Lark Moss Noble Oakes Pike Rowe Shaw Tate Upton Voss ' +
  'Wolfe Yates Zeller Archer Bishop Carver Dalton Everett Finch Garza Holt Ingram Jansen ' +
  'Keane Lyle Mercer North Osei Parr Quade Rook Sloane Trent Ueda Vale Ward Yoon Ziegler ' +
  'Amos Brandt Cho Diaz Engel Fox Gale Huang Imai Joyce Kato Lind Mori Nair Ortiz Patel Ruiz ' +
  'Singh Toth Ulloa'
).split(' ')
const WORDS = (
  'the season finale turns on a quiet scene where everything we thought we knew about the ' +
  'family shifts episode writers camera score performance arc betrayal loyalty city night ' +
  'rain window letter promise secret reveal cliffhanger flashback showrunner pacing dialogue ' +
  'tension chemistry ensemble subplot villain hero mentor rival sibling partner heist trial ' +
  'courtroom hospital rooftop alley warehouse precinct ship kingdom council throne exile ' +
  'return memory dream silence choice cost price debt truth lie mask mirror storm fire ice ' +
  'blood gold iron glass stone river bridge tower gate road home'
).split(' ')
export const SHOW_WORDS = 'Night Crown Harbor Signal Ember Glass Hollow Meridian Static Wolf'.split(
  ' ',
)

/** The i-th character's name: every first and last name pair, then numbered rounds. */
export const characterName = (i: number): string => {
  const pairs = FIRST.length * LAST.length
  const round = i >= pairs ? ` ${Math.floor(i / pairs) + 1}` : ''
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${round}`
}

export type CharacterRef = { id: Id; name: string }

export type GeneratedArticle = {
  title: string
  slug: string
  dek: string
  body: ReturnType<typeof doc>
  publishedAt: string
  characterIds: Id[]
  showIds: Id[]
  spoilerWarnings: Array<{ id: string; show: Id; season: number; episode: number }>
}

/** Words of filler prose. */
const sentence = (random: () => number, words: number): string => {
  const out: string[] = []
  for (let i = 0; i < words; i += 1) out.push(WORDS[Math.floor(random() * WORDS.length)])
  out[0] = out[0][0].toUpperCase() + out[0].slice(1)
  return `${out.join(' ')}.`
}

/** A tag of a stored character, by id (the seed's `tag` takes a slug to resolve later). */
const tagOf = (character: CharacterRef) => ({
  ...tag('', character.name),
  characterId: character.id,
})

/**
 * One article. Characters are drawn with a skew (a few recur in many articles, most in few),
 * like real coverage; tags are spread over the paragraphs.
 */
export const generateArticle = ({
  index,
  runId,
  characters,
  showIds,
  startMs,
  spanMs,
}: {
  index: number
  runId: string
  characters: CharacterRef[]
  showIds: Id[]
  startMs: number
  spanMs: number
}): GeneratedArticle => {
  const random = mulberry32(index * 7919 + 17)
  const tagCount = 5 + Math.floor(random() * 11)
  const picked: CharacterRef[] = []
  const seen = new Set<string>()
  while (picked.length < tagCount) {
    // Squaring skews towards low indexes: character 0 is in many articles, 4999 in few.
    const character = characters[Math.floor(random() ** 2 * characters.length)]
    if (seen.has(String(character.id))) continue
    seen.add(String(character.id))
    picked.push(character)
  }
  const paragraphs: Array<ReturnType<typeof paragraph>> = []
  // The tags in body order, which is the order `deriveCharacters` stores them in.
  const inBodyOrder: CharacterRef[] = []
  const paragraphCount = 12
  for (let p = 0; p < paragraphCount; p += 1) {
    const children = [text(`${sentence(random, 30)} `)]
    for (let t = p; t < picked.length; t += paragraphCount) {
      children.push(tagOf(picked[t]), text(` ${sentence(random, 8)} `))
      inBodyOrder.push(picked[t])
    }
    children.push(text(sentence(random, 26)))
    paragraphs.push(paragraph(...children))
  }
  const show = showIds[index % showIds.length]
  const hasSpoiler = random() < 0.33
  const season = 1 + Math.floor(random() * 5)
  const episode = 1 + Math.floor(random() * 10)
  if (hasSpoiler) {
    paragraphs.splice(
      6,
      0,
      paragraph(
        `Spoiler for season ${season}, episode ${episode}: `,
        tagOf(picked[0]),
        ` ${sentence(random, 40)}`,
      ),
    )
  }
  const title = `${picked[0].name} and ${picked[1].name}: ${sentence(random, 5).slice(0, -1)}`
  return {
    title,
    slug: `large-${runId}-${index}`,
    dek: sentence(random, 20),
    body: doc(...paragraphs),
    // Oldest first: article i is published after article i-1.
    publishedAt: new Date(startMs + index * spanMs).toISOString(),
    characterIds: inBodyOrder.map((character) => character.id),
    showIds: [show],
    spoilerWarnings: hasSpoiler ? [{ id: `${runId}-w${index}`, show, season, episode }] : [],
  }
}
