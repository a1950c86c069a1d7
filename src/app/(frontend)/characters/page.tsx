import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BrowseIndex } from '@/components/BrowseIndex'
import type { BrowseItem } from '@/components/BrowseList'
import { type CharacterIndexEntry, getCharacterIndex } from '@/queries/characters'
import { browseMetadata } from '@/utilities/browseMetadata'
import { pageNumber } from '@/utilities/pageNumber'

type CharactersPageProps = { searchParams: Promise<{ page?: string | string[] }> }

const toItem = (character: CharacterIndexEntry): BrowseItem => {
  const aliases = (character.aliases ?? []).map((entry) => entry.alias)
  return {
    id: character.id,
    href: `/characters/${character.slug}`,
    name: character.name,
    image: character.portrait,
    details: [
      aliases.length > 0 ? `Also known as ${aliases.join(', ')}` : '',
      character.portrayedBy ? `Played by ${character.portrayedBy}` : '',
    ].filter(Boolean),
  }
}

export const generateMetadata = async ({ searchParams }: CharactersPageProps): Promise<Metadata> =>
  browseMetadata({
    title: 'Characters',
    description: 'Every character we cover, with the shows and articles they appear in.',
    basePath: '/characters',
    page: pageNumber((await searchParams).page) ?? 1,
  })

/** /characters: every character by name, a page at a time. */
export default async function CharactersPage({ searchParams }: CharactersPageProps) {
  const page = pageNumber((await searchParams).page)
  const index = page === null ? null : await getCharacterIndex(page)
  if (!index) notFound()
  return (
    <BrowseIndex
      title="Characters"
      basePath="/characters"
      items={index.docs.map(toItem)}
      page={index.page}
      totalPages={index.totalPages}
      emptyText="No characters have been added yet. Check back soon."
    />
  )
}
