/**
 * Counts the conditions and listed values in a `where`: `{ id: { in: [1, 2] } }` is two,
 * `in: '1,2,3'` (as REST query strings send it) is three. Stops counting once past `limit`,
 * so a huge query costs no more than a small one to refuse.
 */
export const countWhereTerms = (where: unknown, limit = Infinity): number => {
  let count = 0
  const stack: unknown[] = [where]
  while (stack.length > 0 && count <= limit) {
    const value = stack.pop()
    if (typeof value === 'object' && value !== null) {
      stack.push(...Object.values(value))
    } else if (typeof value === 'string' && value.includes(',')) {
      count += value.split(',').length
    } else {
      count += 1
    }
  }
  return count
}
