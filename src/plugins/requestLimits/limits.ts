/** The largest JSON document a create or update may carry. A long article is ~200 kB. */
export const MAX_DATA_BYTES = 2 * 1024 * 1024

/**
 * The most conditions and listed values a `where` may hold. The admin uses a handful; SQLite
 * fails (with a 500) on an expression tree deeper than 1000, which ~1000 `or` terms reach.
 */
export const MAX_WHERE_TERMS = 500
