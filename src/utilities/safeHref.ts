const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * An href that cannot run script: http(s), mailto and tel URLs, same-site paths and
 * fragments pass; everything else (javascript:, data:, vbscript:, protocol-relative
 * `//host`, obfuscated schemes) becomes `#`. React escapes the attribute, so quotes in the
 * value cannot break out of it.
 */
export const safeHref = (url: unknown): string => {
  if (typeof url !== 'string') return '#'
  // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (!compact) return '#'
  if (compact.startsWith('#')) return url.trim()
  if (compact.startsWith('/')) {
    return compact.startsWith('//') || compact.startsWith('/\\') ? '#' : url.trim()
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]
  if (!scheme) return '#'
  return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`) ? url.trim() : '#'
}
