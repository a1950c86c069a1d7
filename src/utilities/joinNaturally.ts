/** "A", "A and B", "A, B and C": how the site writes lists in sentences. */
export const joinNaturally = (items: string[]): string => {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
