/** Deeper than any real document; stops hostile input from exhausting the walk. */
const MAX_DEPTH = 200

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** Options of `walkLexicalJson`. */
export type WalkLexicalJsonOptions = {
  /** A stored Lexical editor state or any part of it; malformed input is read where it can be. */
  state: unknown
  /**
   * Called on every object, parents before children. Returning `'skip'` keeps the walk out of
   * that object's values. `depth` counts the objects and arrays above it.
   */
  visit: (node: Record<string, unknown>, depth: number) => 'skip' | void
  /** Keys whose values are read-only output (populated relations), not content. */
  ignoreKeys?: readonly string[]
}

/**
 * Walks stored Lexical JSON through every object and array, not just `children`, so nodes
 * inside lists, quotes, tables, links, spoilers and blocks (whose nested editor states live
 * under `fields`) are all reached.
 */
export const walkLexicalJson = ({
  state,
  visit,
  ignoreKeys = [],
}: WalkLexicalJsonOptions): void => {
  const walk = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1)
      return
    }
    if (!isRecord(value)) return
    if (visit(value, depth) === 'skip') return
    for (const [key, child] of Object.entries(value)) {
      if (ignoreKeys.includes(key)) continue
      if (typeof child === 'object' && child !== null) walk(child, depth + 1)
    }
  }
  walk(state, 0)
}
