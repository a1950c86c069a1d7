import Link from 'next/link'

export default function NotFound() {
  return (
    <div className="empty-state">
      <h1 className="page-title">Page not found</h1>
      <p>
        We could not find that page. It may have been unpublished or moved.{' '}
        <Link href="/">See the latest articles</Link>.
      </p>
    </div>
  )
}
