import type { Metadata } from 'next'

type BrowseMetadataArgs = { title: string; description: string; basePath: string; page: number }

/** Title and canonical URL of one page of a browse index: page 2 is its own page, not a copy. */
export const browseMetadata = ({
  title,
  description,
  basePath,
  page,
}: BrowseMetadataArgs): Metadata => ({
  title: page > 1 ? `${title}, page ${page}` : title,
  description,
  alternates: { canonical: page > 1 ? `${basePath}?page=${page}` : basePath },
})
