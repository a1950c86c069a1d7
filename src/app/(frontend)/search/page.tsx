import type { Metadata } from 'next'
import Link from 'next/link'

import { type SearchResultKind, searchSite } from '@/queries/search'
import { formatDate } from '@/utilities/formatDate'

type SearchPageProps = { searchParams: Promise<{ q?: string | string[] }> }

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

/** How a result says what it is; each kind has its page at `/<collection>/<slug>`. */
const KIND_LABELS: Record<SearchResultKind, string> = {
  shows: 'Show',
  characters: 'Character',
  articles: 'Article',
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const results = query ? await searchSite(query) : []

  return (
    <>
      <h1 className="page-title">Search</h1>
      <form className="search-form" action="/search" method="get" role="search">
        <label htmlFor="search-query">Search articles, characters and shows</label>
        <div className="search-form__row">
          <input id="search-query" name="q" type="search" defaultValue={query} maxLength={100} />
          <button type="submit">Search</button>
        </div>
      </form>
      {query && (
        <p role="status" className="search-summary">
          {results.length === 0
            ? `Nothing matches “${query}”.`
            : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`}
        </p>
      )}
      {results.length > 0 && (
        <ul className="compact-list">
          {results.map((result) => (
            <li key={result.id}>
              <Link href={`/${result.kind}/${result.slug}`}>{result.title}</Link>
              <p className="compact-list__meta">
                <span className="search-kind">{KIND_LABELS[result.kind]}</span>
                {result.publishedAt && (
                  <>
                    {' · '}
                    <time dateTime={result.publishedAt}>{formatDate(result.publishedAt)}</time>
                  </>
                )}
              </p>
              {result.dek && <p className="compact-list__dek">{result.dek}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
