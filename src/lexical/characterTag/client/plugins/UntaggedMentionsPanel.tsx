'use client'

import type { CharacterId } from '../../shared/types'
import { useUntaggedMentions } from '../useUntaggedMentions'
import { AmbiguousMentions } from './AmbiguousMentions'

import '../../../shared/adminButton.css'

/**
 * Lists known names and aliases that appear in the text but are not tagged yet, with a
 * count, a "Tag" button per name and "Tag all". Words that may mean a show or several
 * characters are listed apart, one by one with their context, and tagged only one at a time.
 */
export const UntaggedMentionsPanel = () => {
  const { rows, ambiguous, characters, isLoading, error, tagRows, tagOne } = useUntaggedMentions()

  const characterName = (id: CharacterId) =>
    characters.find((c) => String(c.id) === String(id))?.name
  const total = rows.reduce((sum, row) => sum + row.count, 0)

  return (
    <section className="untagged-mentions" aria-labelledby="untagged-mentions-heading">
      <header className="untagged-mentions__header">
        <h3 id="untagged-mentions-heading">Untagged mentions</h3>
        {rows.length > 0 && (
          <button type="button" className="admin-button" onClick={() => tagRows(null)}>
            Tag all ({total})
          </button>
        )}
      </header>
      {error && <p role="alert">Characters could not be loaded: {error}</p>}
      {!error && isLoading && <p role="status">Loading characters…</p>}
      {!error && !isLoading && rows.length === 0 && ambiguous.length === 0 && (
        <p className="untagged-mentions__empty">Every known character mention is tagged.</p>
      )}
      {rows.length > 0 && (
        <ul>
          {rows.map((row) => {
            const name = characterName(row.characterId)
            return (
              <li key={row.key}>
                <span className="untagged-mentions__label">{row.label}</span>
                {name && name !== row.label && (
                  <span className="untagged-mentions__alias"> → {name}</span>
                )}
                <span className="untagged-mentions__count" aria-label={`${row.count} untagged`}>
                  ×{row.count}
                </span>
                <button
                  type="button"
                  className="admin-button"
                  aria-label={`Tag ${row.count} mention${row.count === 1 ? '' : 's'} of ${row.label}`}
                  onClick={() => tagRows(new Set([row.key]))}
                >
                  Tag
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {ambiguous.length > 0 && (
        <AmbiguousMentions mentions={ambiguous} characterName={characterName} onTag={tagOne} />
      )}
    </section>
  )
}
