'use client'

import { AdminUnavailable } from '@/components/AdminUnavailable'

/** An admin page that failed on the server, e.g. with the database away. */
export default function AdminError() {
  return <AdminUnavailable />
}
