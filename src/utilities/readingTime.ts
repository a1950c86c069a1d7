const WORDS_PER_MINUTE = 230

const countWords = (value: unknown, depth = 0): number => {
  if (depth > 200 || typeof value !== 'object' || value === null) return 0
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + countWords(item, depth + 1), 0)
  const node = value as Record<string, unknown>
  let words = typeof node.text === 'string' ? node.text.split(/\s+/).filter(Boolean).length : 0
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'text' && typeof child === 'object') words += countWords(child, depth + 1)
  }
  return words
}

/** "4 min read" for a Lexical editor state; at least one minute. */
export const readingTime = (state: unknown): string =>
  `${Math.max(1, Math.round(countWords(state) / WORDS_PER_MINUTE))} min read`
