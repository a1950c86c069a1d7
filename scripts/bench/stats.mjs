/** The bench's two summaries of a list of timings. */

/** The p-th percentile (nearest rank) of `values`, or null for an empty list. */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** One decimal, or null for a figure that was not measured. */
export const r1 = (n) => (n == null || Number.isNaN(n) ? null : Math.round(n * 10) / 10)
