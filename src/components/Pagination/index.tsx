import Link from 'next/link'

import './pagination.css'

type PaginationProps = { basePath: string; page: number; totalPages: number }

const pageHref = (basePath: string, page: number) =>
  page === 1 ? basePath : `${basePath}?page=${page}`

/** "Previous" and "Next" links between the pages of a browse index; nothing for one page. */
export const Pagination = ({ basePath, page, totalPages }: PaginationProps) => {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 && (
        <Link href={pageHref(basePath, page - 1)} rel="prev">
          Previous
        </Link>
      )}
      <span>
        Page {page} of {totalPages}
      </span>
      {page < totalPages && (
        <Link href={pageHref(basePath, page + 1)} rel="next">
          Next
        </Link>
      )}
    </nav>
  )
}
