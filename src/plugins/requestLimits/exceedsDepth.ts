/**
 * Whether JSON-like data nests objects and arrays more than `max` levels deep. Iterative, and
 * it stops at the first level too deep, so a hostile document cannot exhaust the stack here
 * the way it does in JSON.stringify or a recursive walker.
 */
export const exceedsDepth = (value: unknown, max: number): boolean => {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!
    if (typeof current !== 'object' || current === null) continue
    if (depth >= max) return true
    for (const child of Object.values(current)) {
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: depth + 1 })
    }
  }
  return false
}
