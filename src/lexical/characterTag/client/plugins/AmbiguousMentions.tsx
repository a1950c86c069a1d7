'use client'

import { useState } from 'react'

import type { CharacterId } from '../../shared/types'
import type { AmbiguousMention } from '../useUntaggedMentions'

/** More than this many are summarised, so a long article does not grow an endless list. */
const SHOWN = 20

type Props = {
  mentions: AmbiguousMention[]
  characterName: (id: CharacterId) => string | undefined
  onTag: (mention: AmbiguousMention, characterId: CharacterId) => void
}

/** Same words, same surroundings: skipping one skips it until the page is reloaded. */
const skipKey = (mention: AmbiguousMention) =>
  `${mention.label}|${mention.context.before}|${mention.context.after}`

const why = (mention: AmbiguousMention) =>
  mention.alsoShow
    ? `also the show “${mention.alsoShow}”`
    : `${mention.candidates.length} characters have this name`

/**
 * Mentions whose words may mean a show or one of several characters, each with the words
 * around it. The editor tags each one as the character meant, or skips it; nothing here is
 * ever tagged in bulk.
 */
export const AmbiguousMentions = ({ mentions, characterName, onTag }: Props) => {
  const [skipped, setSkipped] = useState<Set<string>>(() => new Set())
  const open = mentions.filter((mention) => !skipped.has(skipKey(mention)))
  if (open.length === 0) return null

  return (
    <div className="untagged-mentions__ambiguous">
      <h4 id="ambiguous-mentions-heading">Decide one by one ({open.length})</h4>
      <p className="untagged-mentions__hint">
        These words may mean a show or another character, so “Tag all” leaves them alone.
      </p>
      <ul aria-labelledby="ambiguous-mentions-heading">
        {open.slice(0, SHOWN).map((mention) => (
          <li key={mention.id} className="untagged-mentions__occurrence">
            <span className="untagged-mentions__context">
              {mention.context.before}
              <mark>{mention.label}</mark>
              {mention.context.after}
            </span>
            <span className="untagged-mentions__why">{why(mention)}</span>
            <span className="untagged-mentions__actions">
              {mention.candidates.map((characterId) => {
                const name = characterName(characterId) ?? 'this character'
                return (
                  <button
                    key={String(characterId)}
                    type="button"
                    className="admin-button"
                    aria-label={`Tag this “${mention.label}” as ${name}`}
                    onClick={() => onTag(mention, characterId)}
                  >
                    Tag as {name}
                  </button>
                )
              })}
              <button
                type="button"
                className="admin-button admin-button--quiet"
                aria-label={`Skip this “${mention.label}”`}
                onClick={() => setSkipped((previous) => new Set(previous).add(skipKey(mention)))}
              >
                Skip
              </button>
            </span>
          </li>
        ))}
      </ul>
      {open.length > SHOWN && (
        <p className="untagged-mentions__hint">
          {open.length - SHOWN} more after these; tag or skip these first.
        </p>
      )}
    </div>
  )
}
