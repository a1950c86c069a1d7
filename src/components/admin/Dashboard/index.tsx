import { Button } from '@payloadcms/ui'
import type { Payload, TypedUser } from 'payload'

import { type DashboardItem, findRecentDrafts, findScheduled } from './dashboardData'

import './dashboard.css'

type DashboardProps = { payload: Payload; user?: TypedUser | null }

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})

const when = (value: string) => `${dateTime.format(new Date(value))} UTC`

const ItemList = ({
  items,
  empty,
  verb,
}: {
  items: DashboardItem[]
  empty: string
  verb: string
}) =>
  items.length === 0 ? (
    <p className="newsroom-dashboard__empty">{empty}</p>
  ) : (
    <ul className="newsroom-dashboard__list">
      {items.map((item) => (
        <li key={`${item.id}-${item.when}`}>
          <a href={`/admin/collections/articles/${item.id}`}>{item.title}</a>
          <span className="newsroom-dashboard__when">
            {item.action === 'unpublish' ? 'Unpublishes' : verb} {when(item.when)}
          </span>
        </li>
      ))}
    </ul>
  )

/**
 * The top of the admin dashboard: "New article", the newest drafts and what is scheduled to
 * go live, so an editor starts from the work rather than from a list of collections.
 */
export const Dashboard = async ({ payload, user = null }: DashboardProps) => {
  const [drafts, scheduled] = await Promise.all([
    findRecentDrafts({ payload, user }),
    findScheduled({ payload, user }),
  ])
  return (
    <section className="newsroom-dashboard" aria-labelledby="newsroom-dashboard-heading">
      <header className="newsroom-dashboard__header">
        <h2 id="newsroom-dashboard-heading">Newsroom</h2>
        <Button
          el="link"
          url="/admin/collections/articles/create"
          buttonStyle="primary"
          margin={false}
          className="newsroom-dashboard__new"
        >
          New article
        </Button>
      </header>
      <div className="newsroom-dashboard__panels">
        <section aria-labelledby="newsroom-drafts-heading">
          <h3 id="newsroom-drafts-heading">Recent drafts</h3>
          <ItemList items={drafts} empty="No drafts in progress." verb="Saved" />
        </section>
        <section aria-labelledby="newsroom-scheduled-heading">
          <h3 id="newsroom-scheduled-heading">Scheduled</h3>
          <ItemList items={scheduled} empty="Nothing is scheduled." verb="Publishes" />
        </section>
      </div>
    </section>
  )
}
