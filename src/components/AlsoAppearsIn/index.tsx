import Link from 'next/link'

import type { SidebarEntry } from '@/queries/sidebar'
import { formatSeasons } from '@/utilities/formatSeasons'

import { MediaImage } from '../MediaImage'
import { SpoilerBadge } from '../SpoilerBadge'

/** The "also appears in" sidebar: built from tags and appearances, never curated by hand. */
export const AlsoAppearsIn = ({ entries }: { entries: SidebarEntry[] }) => {
  if (entries.length === 0) return null
  return (
    <aside className="also-appears" aria-labelledby="also-appears-heading">
      <h2 id="also-appears-heading">Also appears in</h2>
      {entries.map(({ character, appearances, articles }) => (
        <section key={character.id} className="also-appears__entry" aria-label={character.name}>
          <h3 className="also-appears__name">
            <MediaImage
              className="also-appears__portrait"
              media={character.portrait}
              sizes="48px"
            />
            <Link href={`/characters/${character.slug}`}>{character.name}</Link>
          </h3>
          {appearances.length > 0 && (
            <ul className="also-appears__shows">
              {appearances.map(({ show, seasons }) => (
                <li key={show.id}>
                  <Link href={`/shows/${show.slug}`}>{show.title}</Link>
                  {seasons.length > 0 && <span> · {formatSeasons(seasons)}</span>}
                </li>
              ))}
            </ul>
          )}
          {articles.length > 0 && (
            <ul
              className="also-appears__articles"
              aria-label={`Other articles about ${character.name}`}
            >
              {articles.map((article) => (
                <li key={article.id}>
                  <Link href={`/articles/${article.slug}`}>{article.title}</Link>{' '}
                  <SpoilerBadge warnings={article.spoilerWarnings} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </aside>
  )
}
