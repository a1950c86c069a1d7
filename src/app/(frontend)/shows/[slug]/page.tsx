import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { extractID } from 'payload/shared'

import { ArticleList } from '@/components/ArticleList'
import { MediaImage } from '@/components/MediaImage'
import { WatchedProgress } from '@/components/WatchedProgress/index.client'
import { getShowArticles, getShowBySlug, getShowCast, getShowSlugs } from '@/queries/shows'
import { formatDate } from '@/utilities/formatDate'
import { formatSeasons } from '@/utilities/formatSeasons'

type ShowPageProps = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getShowSlugs()).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: ShowPageProps): Promise<Metadata> {
  const show = await getShowBySlug((await params).slug)
  if (!show) return {}
  return {
    title: show.title,
    description: show.synopsis ?? `${show.title}: seasons, characters and articles.`,
    alternates: { canonical: `/shows/${show.slug}` },
  }
}

export default async function ShowPage({ params }: ShowPageProps) {
  const show = await getShowBySlug((await params).slug)
  if (!show) notFound()
  const [cast, articles] = await Promise.all([getShowCast(show.id), getShowArticles(show.id)])
  const seasons = [...(show.seasons ?? [])].sort((a, b) => a.number - b.number)

  return (
    <div className="profile">
      <header className="profile__header">
        <MediaImage className="profile__portrait" media={show.poster} sizes="160px" />
        <div>
          <h1 className="page-title">{show.title}</h1>
          <p className="profile__meta">
            {[show.network, show.franchise].filter(Boolean).join(' · ')}
          </p>
        </div>
      </header>
      {show.synopsis && <p className="profile__bio">{show.synopsis}</p>}

      <section aria-labelledby="watched-heading">
        <h2 id="watched-heading">How far have you watched?</h2>
        <p className="profile__meta">
          Spoilers for {show.title} up to where you are reveal themselves on every page. Saved on
          this device only.
        </p>
        <WatchedProgress
          shows={[
            {
              id: show.id,
              title: show.title,
              seasons: seasons.map(({ number, premiereDate }) => ({
                number,
                premiereDate: premiereDate ?? null,
              })),
            },
          ]}
        />
      </section>

      <section aria-labelledby="seasons-heading">
        <h2 id="seasons-heading">Seasons</h2>
        {seasons.length === 0 ? (
          <p className="empty-state">No seasons recorded yet.</p>
        ) : (
          <ul className="compact-list">
            {seasons.map((season) => (
              <li key={season.id ?? season.number}>
                Season {season.number}
                {season.premiereDate && <span> · premiered {formatDate(season.premiereDate)}</span>}
                {season.episodeCount && <span> · {season.episodeCount} episodes</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="cast-heading">
        <h2 id="cast-heading">Characters</h2>
        {cast.length === 0 ? (
          <p className="empty-state">No characters recorded for this show yet.</p>
        ) : (
          <ul className="compact-list">
            {cast.map((character) => {
              const appearance = character.appearances?.find(
                (entry) => String(extractID(entry.show)) === String(show.id),
              )
              const inSeasons = formatSeasons(appearance?.seasons)
              return (
                <li key={character.id}>
                  <Link href={`/characters/${character.slug}`}>{character.name}</Link>
                  {character.portrayedBy && <span> · {character.portrayedBy}</span>}
                  {inSeasons && <span> · {inSeasons}</span>}
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="show-articles-heading">
        <h2 id="show-articles-heading">Articles</h2>
        <ArticleList
          articles={articles}
          emptyText={`No published articles about ${show.title} yet.`}
        />
      </section>
    </div>
  )
}
