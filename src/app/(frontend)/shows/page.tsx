import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BrowseIndex } from '@/components/BrowseIndex'
import type { BrowseItem } from '@/components/BrowseList'
import { getShowIndex, type ShowIndexEntry } from '@/queries/shows'
import { browseMetadata } from '@/utilities/browseMetadata'
import { pageNumber } from '@/utilities/pageNumber'

type ShowsPageProps = { searchParams: Promise<{ page?: string | string[] }> }

const toItem = (show: ShowIndexEntry): BrowseItem => {
  const seasons = new Set((show.seasons ?? []).map((season) => season.number)).size
  const facts = [show.network, seasons > 0 ? `${seasons} season${seasons === 1 ? '' : 's'}` : '']
  return {
    id: show.id,
    href: `/shows/${show.slug}`,
    name: show.title,
    image: show.poster,
    details: [facts.filter(Boolean).join(' · ')].filter(Boolean),
  }
}

export const generateMetadata = async ({ searchParams }: ShowsPageProps): Promise<Metadata> =>
  browseMetadata({
    title: 'Shows',
    description: 'Every show we cover: seasons, characters and articles.',
    basePath: '/shows',
    page: pageNumber((await searchParams).page) ?? 1,
  })

/** /shows: every show by title, a page at a time. */
export default async function ShowsPage({ searchParams }: ShowsPageProps) {
  const page = pageNumber((await searchParams).page)
  const index = page === null ? null : await getShowIndex(page)
  if (!index) notFound()
  return (
    <BrowseIndex
      title="Shows"
      basePath="/shows"
      items={index.docs.map(toItem)}
      page={index.page}
      totalPages={index.totalPages}
      emptyText="No shows have been added yet. Check back soon."
    />
  )
}
