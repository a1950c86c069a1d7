/**
 * Lower-case, ASCII, hyphen-separated slug. Accents are folded ("Pokémon" → "pokemon") so
 * URLs stay readable and stable when typed by hand.
 */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
