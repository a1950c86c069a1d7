/**
 * The Spoilerproof mark: a shield with a closed eye. One set of shapes for the admin's nav
 * icon, the login logo and the admin's favicon, so they never drift apart.
 */
export const BRAND_MARK = {
  viewBox: '0 0 32 32',
  shield: 'M16 2.5 4.5 6.8v8.4c0 7 4.9 12.5 11.5 14.3 6.6-1.8 11.5-7.3 11.5-14.3V6.8L16 2.5Z',
  lid: 'M9.5 15.2c3.6 3.7 9.4 3.7 13 0',
  lashes: 'M12 18.4l-1.2 2.1M16 19.3v2.4M20 18.4l1.2 2.1',
  color: '#b3261e',
} as const

/** The mark as an SVG document, for `<link rel="icon">` (a data URL: no file to serve or miss). */
export const brandIconDataUrl = (): string => {
  const { viewBox, shield, lid, lashes, color } = BRAND_MARK
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"><path d="${shield}" fill="${color}"/><path d="${lid}" stroke="#fff" stroke-width="2.2" fill="none" stroke-linecap="round"/><path d="${lashes}" stroke="#fff" stroke-width="2" stroke-linecap="round"/></svg>`
  return `data:image/svg+xml,${encodeURIComponent(svg)}`
}
