import type { Article } from '@/payload-types'
import { formatDate } from '@/utilities/formatDate'

type BylineProps = Pick<Article, 'populatedAuthors' | 'publishedAt'>

const joinNames = (names: string[]): string => {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

export const Byline = ({ populatedAuthors, publishedAt }: BylineProps) => {
  const names = (populatedAuthors ?? []).map((author) => author.name).filter(Boolean) as string[]
  return (
    <p className="byline">
      {names.length > 0 && <span>By {joinNames(names)}</span>}
      {names.length > 0 && publishedAt && <span aria-hidden="true"> · </span>}
      {publishedAt && <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>}
    </p>
  )
}
