/**
 * `npm run bench:mentions`: how long the untagged-mention panel takes on a 10,000-word
 * article against 5,000 characters. Prints figures; asserts nothing.
 */
import { performance } from 'node:perf_hooks'

import { buildMentionMatcher } from '../../src/lexical/characterTag/shared/mentionMatcher'
import type { CharacterIndexEntry } from '../../src/lexical/characterTag/shared/types'

const FIRST = [
  'Luke',
  'Jessica',
  'Danny',
  'Colleen',
  'Misty',
  'Claire',
  'Mariah',
  'Matt',
  'Karen',
  'Frank',
  'Elektra',
  'Trish',
  'Malcolm',
  'Foggy',
  'Wilson',
  'Madame',
  'Harold',
  'Joy',
  'Ward',
  'Bakuto',
]
const LAST = [
  'Cage',
  'Jones',
  'Rand',
  'Wing',
  'Knight',
  'Temple',
  'Dillard',
  'Murdock',
  'Page',
  'Castle',
  'Natchios',
  'Walker',
  'Ducasse',
  'Nelson',
  'Fisk',
  'Gao',
  'Meachum',
  'Stokes',
  'Hogarth',
  'Shades',
]
const FILLER =
  'the season opens in harlem where a quiet bar owner and a detective trade theories about who is really running the neighbourhood while the city sleeps'.split(
    ' ',
  )

const characters: CharacterIndexEntry[] = Array.from({ length: 5_000 }, (_, i) => ({
  id: i + 1,
  name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 400 ? ` ${i}` : ''}`,
  slug: `c-${i}`,
  aliases: i % 7 === 0 ? [`The ${LAST[i % LAST.length]} ${i}`] : [],
  shows: [],
}))

const words: string[] = []
for (let i = 0; words.length < 10_000; i += 1) {
  words.push(i % 25 === 0 ? characters[(i * 37) % 400].name : FILLER[i % FILLER.length])
}
// About 40 paragraphs, as the editor stores them: one text node each.
const paragraphs = Array.from({ length: 40 }, (_, p) =>
  words.slice(p * 250, (p + 1) * 250).join(' '),
)

const time = (fn: () => void, runs: number) => {
  const samples: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return { p50: samples[Math.floor(runs / 2)], p95: samples[Math.floor(runs * 0.95)] }
}

let matcher = buildMentionMatcher(characters)
const build = time(() => {
  matcher = buildMentionMatcher(characters)
}, 20)
let found = 0
const scan = time(() => {
  found = paragraphs.reduce((sum, text) => sum + matcher.findMentions(text).length, 0)
}, 50)

console.log(
  `Untagged-mention panel: ${words.length.toLocaleString()} words, ${characters.length.toLocaleString()} characters`,
)
console.log(
  `  build matcher (once per character list): p50 ${build.p50.toFixed(2)} ms, p95 ${build.p95.toFixed(2)} ms`,
)
console.log(
  `  scan article (each rescan):              p50 ${scan.p50.toFixed(2)} ms, p95 ${scan.p95.toFixed(2)} ms`,
)
console.log(`  mentions found per scan: ${found}`)
