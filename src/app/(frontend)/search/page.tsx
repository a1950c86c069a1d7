import type { Metadata } from 'next'
import Link from 'next/link'

import { searchArticles } from '@/queries/search'
import { formatDate } from '@/utilities/formatDate'

type SearchPageProps = { searchParams: Promise<{ q?: string | string[] }> }

export const metadata: Metadata = { title: 'Search', robots: { index: false } }

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const raw = (await searchParams).q
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? ''
  const results = query ? await searchArticles(query) : []

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
            ? `No articles match “${query}”.`
            : `${results.length} article${results.length === 1 ? '' : 's'} match “${query}”.`}
        </p>
      )}
      {results.length > 0 && (
        <ul className="compact-list">
          {results.map((result) => (
            <li key={result.id}>
              <Link href={`/articles/${result.slug}`}>{result.title}</Link>
              {result.publishedAt && (
                <p className="compact-list__meta">
                  <time dateTime={result.publishedAt}>{formatDate(result.publishedAt)}</time>
                </p>
              )}
              {result.dek && <p className="compact-list__dek">{result.dek}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
