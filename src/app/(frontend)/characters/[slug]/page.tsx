import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/ArticleList'
import { MediaImage } from '@/components/MediaImage'
import {
  getArticlesTaggingCharacter,
  getCharacterBySlug,
  getCharacterSlugs,
} from '@/queries/characters'
import { formatSeasons } from '@/utilities/formatSeasons'

type CharacterPageProps = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  return (await getCharacterSlugs()).map(({ slug }) => ({ slug }))
}

export async function generateMetadata({ params }: CharacterPageProps): Promise<Metadata> {
  const character = await getCharacterBySlug((await params).slug)
  if (!character) return {}
  return {
    title: character.name,
    description: character.bio ?? `${character.name}: shows, seasons and articles.`,
    alternates: { canonical: `/characters/${character.slug}` },
  }
}

export default async function CharacterPage({ params }: CharacterPageProps) {
  const character = await getCharacterBySlug((await params).slug)
  if (!character) notFound()
  const articles = await getArticlesTaggingCharacter(character.id)
  const aliases = (character.aliases ?? []).map((entry) => entry.alias)

  return (
    <div className="profile">
      <header className="profile__header">
        <MediaImage className="profile__portrait" media={character.portrait} sizes="160px" />
        <div>
          <h1 className="page-title">{character.name}</h1>
          {aliases.length > 0 && <p className="profile__aka">Also known as {aliases.join(', ')}</p>}
          {character.portrayedBy && (
            <p className="profile__meta">Played by {character.portrayedBy}</p>
          )}
        </div>
      </header>
      {character.bio && <p className="profile__bio">{character.bio}</p>}

      <section aria-labelledby="appearances-heading">
        <h2 id="appearances-heading">Shows and seasons</h2>
        {(character.appearances ?? []).length === 0 ? (
          <p className="empty-state">No appearances recorded yet.</p>
        ) : (
          <ul className="compact-list">
            {(character.appearances ?? []).map((appearance) => {
              const show = typeof appearance.show === 'object' ? appearance.show : null
              if (!show) return null
              const seasons = formatSeasons(appearance.seasons)
              return (
                <li key={appearance.id ?? show.id}>
                  <Link href={`/shows/${show.slug}`}>{show.title}</Link>
                  {seasons && <span> · {seasons}</span>}
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles about {character.name}</h2>
        <ArticleList
          articles={articles}
          emptyText={`No published articles tag ${character.name} yet.`}
        />
      </section>
    </div>
  )
}
