import { type BrowseItem, BrowseList } from '../BrowseList'
import { Pagination } from '../Pagination'

type BrowseIndexProps = {
  title: string
  /** The index's path, e.g. `/shows`; later pages add `?page=N`. */
  basePath: string
  items: BrowseItem[]
  page: number
  totalPages: number
  emptyText: string
}

/** A browse index page: its heading, one page of entries, and the links to the others. */
export const BrowseIndex = ({
  title,
  basePath,
  items,
  page,
  totalPages,
  emptyText,
}: BrowseIndexProps) => (
  <>
    <h1 className="page-title">{title}</h1>
    <BrowseList items={items} emptyText={emptyText} />
    <Pagination basePath={basePath} page={page} totalPages={totalPages} />
  </>
)
