import Link from 'next/link'

import type { Media } from '@/payload-types'

import { MediaImage } from '../MediaImage'

import './browse.css'

/** One entry of a browse index: a picture, the name linking to its page, and a few facts. */
export type BrowseItem = {
  id: number | string
  href: string
  name: string
  image: Media | number | null | undefined
  details: string[]
}

type BrowseListProps = { items: BrowseItem[]; emptyText: string }

/** The grid of the /characters and /shows indexes, or a friendly empty state. */
export const BrowseList = ({ items, emptyText }: BrowseListProps) => {
  if (items.length === 0) return <p className="empty-state">{emptyText}</p>
  return (
    <ul className="browse-list">
      {items.map((item) => (
        <li key={item.id} className="browse-list__item">
          <MediaImage className="browse-list__image" media={item.image} sizes="64px" />
          <div>
            <Link className="browse-list__name" href={item.href}>
              {item.name}
            </Link>
            {item.details.map((detail) => (
              <p key={detail} className="browse-list__detail">
                {detail}
              </p>
            ))}
          </div>
        </li>
      ))}
    </ul>
  )
}
