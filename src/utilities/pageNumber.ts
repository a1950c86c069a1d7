/**
 * The page a `?page=` query asks for: 1 when absent, null when it is not a plain positive
 * whole number (so `?page=2.5`, `?page=-1` or `?page=abc` answer 404 instead of a guess).
 */
export const pageNumber = (value: string | string[] | undefined): number | null => {
  const raw = Array.isArray(value) ? value[0] : value
  if (raw === undefined || raw === '') return 1
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null
  return Number(raw)
}
