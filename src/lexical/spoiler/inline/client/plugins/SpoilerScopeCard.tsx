'use client'

import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'

import { CaretCard } from '../../../../shared/CaretCard'
import { useCaretNodeCard } from '../../../../shared/useCaretNodeCard'
import type { SpoilerScope } from '../../../shared/types'
import { $isInlineSpoilerNode, type InlineSpoilerNode } from '../../nodes/InlineSpoilerNode'
import { REMOVE_INLINE_SPOILER_COMMAND, SET_SPOILER_SCOPE_COMMAND } from '../commands'
import { useShowOptions } from '../useShowOptions'

const $readScope = (spoiler: InlineSpoilerNode): SpoilerScope | null => spoiler.getScope()

const toNumber = (value: string): number | undefined => {
  const number = Number.parseInt(value, 10)
  return Number.isInteger(number) && number > 0 ? number : undefined
}

/**
 * With the caret in an inline spoiler, a card under it sets or clears the spoiler's scope
 * (show, season, episode) and offers "Remove spoiler", which keeps the words.
 */
export const SpoilerScopeCard = ({ anchorElem }: { anchorElem: HTMLElement }) => {
  const [editor] = useLexicalComposerContext()
  const shows = useShowOptions()
  const card = useCaretNodeCard({
    anchorElem,
    $isNode: $isInlineSpoilerNode,
    $readNode: $readScope,
  })

  if (!card) return null
  // Dispatched after the event, never from inside a Lexical read that may be on the stack.
  const setScope = (scope: SpoilerScope | null) =>
    queueMicrotask(() =>
      editor.dispatchCommand(SET_SPOILER_SCOPE_COMMAND, { key: card.key, scope }),
    )
  const scope = card.data
  const update = (patch: Partial<SpoilerScope>) => {
    if (!scope && patch.show === undefined) return
    const next = { ...(scope ?? { show: patch.show! }), ...patch }
    setScope(next.season ? next : { show: next.show })
  }

  return (
    <CaretCard
      card={card}
      anchorElem={anchorElem}
      className="spoiler-scope-card"
      role="group"
      label="Spoiler scope"
    >
      <strong className="spoiler-scope-card__title">Spoiler</strong>
      <label>
        Show
        <select
          value={scope ? String(scope.show) : ''}
          onChange={(event) => {
            const show = shows.find((candidate) => String(candidate.id) === event.target.value)
            setScope(show ? { show: show.id } : null)
          }}
        >
          <option value="">Article’s warnings</option>
          {shows.map((show) => (
            <option key={show.id} value={String(show.id)}>
              {show.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Season
        <input
          type="number"
          min={1}
          disabled={!scope}
          value={scope?.season ?? ''}
          onChange={(event) =>
            update({ season: toNumber(event.target.value), episode: scope?.episode })
          }
        />
      </label>
      <label>
        Episode
        <input
          type="number"
          min={1}
          disabled={!scope?.season}
          value={scope?.episode ?? ''}
          onChange={(event) => update({ episode: toNumber(event.target.value) })}
        />
      </label>
      {scope && (
        <button type="button" className="admin-button" onClick={() => setScope(null)}>
          Clear scope
        </button>
      )}
      <button
        type="button"
        className="admin-button"
        onClick={() =>
          queueMicrotask(() => editor.dispatchCommand(REMOVE_INLINE_SPOILER_COMMAND, card.key))
        }
      >
        Remove spoiler
      </button>
    </CaretCard>
  )
}
