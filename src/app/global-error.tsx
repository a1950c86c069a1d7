'use client'

import { usePathname } from 'next/navigation'

import { AdminUnavailable } from '@/components/AdminUnavailable'

/**
 * A failure in a root layout, which no error.tsx can catch. Payload's admin layout reads the
 * signed-in user from the database, so with the database away the admin fails here. Readers
 * get the public site's wording.
 */
export default function GlobalError() {
  const isAdmin = usePathname()?.startsWith('/admin')
  return (
    <html lang="en">
      <body>
        {isAdmin ? (
          <AdminUnavailable />
        ) : (
          <div role="alert" style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1.5rem' }}>
            <h1>Something went wrong</h1>
            <p>This page could not be loaded just now. Please try again in a moment.</p>
          </div>
        )}
      </body>
    </html>
  )
}
