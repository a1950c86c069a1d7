'use client'

import type { DefaultCellComponentProps } from 'payload'

type AuthorNames = Array<{ name?: string | null }>

/**
 * The Authors column of the articles list: their names. Editors may not read other people's
 * accounts (they hold e-mail addresses), so Payload's relationship cell showed bare ids; the
 * article's own `populatedAuthors` carries the names.
 */
export const AuthorsCell = ({ rowData }: DefaultCellComponentProps) => {
  const names = ((rowData?.populatedAuthors ?? []) as AuthorNames)
    .map((author) => author.name)
    .filter(Boolean)
  return <span className="authors-cell">{names.length > 0 ? names.join(', ') : '—'}</span>
}
