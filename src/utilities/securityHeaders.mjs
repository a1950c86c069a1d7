/**
 * Response headers for every page, API response and uploaded file. Framing is allowed from
 * this origin only, because the admin's live preview frames the public site.
 *
 * Plain JavaScript so next.config.mjs can import it without a build step.
 *
 * @type {Array<{ key: string, value: string }>}
 */
export const securityHeaders = [
  // Browsers must trust the Content-Type, never guess: an upload can then never run as HTML.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Other sites learn only our origin, never an article path or a preview URL.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Clickjacking: old browsers read X-Frame-Options, current ones frame-ancestors.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  {
    key: 'Content-Security-Policy',
    value: "frame-ancestors 'self'; base-uri 'self'; object-src 'none'",
  },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
]
