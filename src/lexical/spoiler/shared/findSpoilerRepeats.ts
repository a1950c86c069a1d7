/** How many consecutive words of a spoiler must be repeated to count as giving it away. */
const SHINGLE_WORDS = 4

/** Short spoilers ("Misty dies") are matched whole, once they are this long. */
const MIN_WHOLE_LENGTH = 6

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[’‘]/gu, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)

/**
 * The passages of `text` that repeat a spoiler: any run of four words from one spoiler, or
 * a short spoiler whole. Comparison ignores case, punctuation and spacing. Returns the
 * repeated phrases, lowercased, for the warning to quote.
 */
export const findSpoilerRepeats = (text: string, spoilers: string[]): string[] => {
  const haystack = ` ${words(text).join(' ')} `
  const repeats = new Set<string>()
  for (const spoiler of spoilers) {
    const spoilerWords = words(spoiler)
    if (spoilerWords.length < SHINGLE_WORDS) {
      const phrase = spoilerWords.join(' ')
      if (phrase.length >= MIN_WHOLE_LENGTH && haystack.includes(` ${phrase} `)) repeats.add(phrase)
      continue
    }
    for (let start = 0; start + SHINGLE_WORDS <= spoilerWords.length; start++) {
      const phrase = spoilerWords.slice(start, start + SHINGLE_WORDS).join(' ')
      if (haystack.includes(` ${phrase} `)) repeats.add(phrase)
    }
  }
  return [...repeats]
}
