export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * The largest JSON document a create or update may carry. A 20,000-word review with 3,207
 * character tags is ~1.1 MB of JSON (tests/int/largeArticleSave.int.spec.ts measures it), and
 * text pasted from a word processor carries a style string on every text node, so this leaves
 * room for that without letting one request hand the database an unbounded document.
 */
export const MAX_DATA_BYTES = 4 * 1024 * 1024

/**
 * The deepest nesting of objects and arrays a create or update may carry. Rich text allows 64
 * Lexical levels (findLexicalProblem), about 130 JSON levels; deeper data is refused with a
 * 400 before JSON.stringify or any walker could overflow the stack on it (a 500 before).
 */
export const MAX_DATA_DEPTH = 512

/** Uploads are photos: anything bigger is a mistake or an attack on the disk. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024

/**
 * Payload's multipart parser (used by every admin save: form-data with a `_payload` JSON field)
 * has its own per-field limit, 1 MB by default, which refused long articles before our document
 * limit was reached. It follows MAX_DATA_BYTES, and the whole request is bounded to one file,
 * one document and a little room for the other fields and boundaries.
 */
export const uploadLimits = {
  limits: { fileSize: MAX_UPLOAD_BYTES, fieldSize: MAX_DATA_BYTES },
  requestSizeLimit: MAX_UPLOAD_BYTES + MAX_DATA_BYTES + 64 * 1024,
  // The parser's own words for an oversized file ("File size limit has been reached") say less.
  responseOnLimit: `The file is too large: the limit is ${megabytes(MAX_UPLOAD_BYTES)}.`,
}

/**
 * The most conditions and listed values a `where` may hold. The admin uses a handful; SQLite
 * fails (with a 500) on an expression tree deeper than 1000, which ~1000 `or` terms reach.
 */
export const MAX_WHERE_TERMS = 500

/**
 * The most documents one REST read may return (a list, a versions list, or one join). The
 * admin asks for at most 100 per list page; a lookup by a list of ids is bounded by
 * MAX_WHERE_TERMS instead (the admin's relationship cells ask for up to 250 by id).
 */
export const MAX_PAGE_SIZE = 100

/** The highest `page`: with MAX_PAGE_SIZE, a hundred million documents deep. */
export const MAX_PAGE = 1_000_000

/** One admin preference (columns, collapsed fields, nav state) is well under 2 kB. */
export const MAX_PREFERENCE_BYTES = 16 * 1024

/**
 * The admin keeps one preference per collection and one per document an editor opened, so a
 * busy editor gathers a few hundred a year. Together with MAX_PREFERENCE_BYTES this bounds
 * what one account can store at 16 MB.
 */
export const MAX_PREFERENCES_PER_USER = 1000
