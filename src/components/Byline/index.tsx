import type { Article } from '@/payload-types'
import { joinNaturally } from '@/utilities/joinNaturally'
import { formatDate } from '@/utilities/formatDate'

type BylineProps = Pick<Article, 'populatedAuthors' | 'publishedAt'>

export const Byline = ({ populatedAuthors, publishedAt }: BylineProps) => {
  const names = (populatedAuthors ?? []).map((author) => author.name).filter(Boolean) as string[]
  return (
    <p className="byline">
      {names.length > 0 && <span>By {joinNaturally(names)}</span>}
      {names.length > 0 && publishedAt && <span aria-hidden="true"> · </span>}
      {publishedAt && <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>}
    </p>
  )
}
