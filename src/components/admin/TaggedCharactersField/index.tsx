'use client'

import { FieldLabel, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'
import { extractID } from 'payload/shared'

import { useCharacterIndex } from '@/lexical/characterTag/client/characterIndexStore'
import type { DocumentId } from '@/utilities/documentId'

import './taggedCharactersField.css'

type Value = Array<DocumentId | { id: DocumentId }> | null | undefined

/**
 * The derived `characters` field in the sidebar: the characters the body tags, as links,
 * with nothing to click that does nothing. Payload's read-only relationship input still drew
 * a remove × and an edit pencil on every chip; the set comes from the body on each save, so
 * tagging and untagging in the body is the way to change it.
 */
export const TaggedCharactersField: RelationshipFieldClientComponent = ({ path, field }) => {
  const { value } = useField<Value>({ path })
  const { characters } = useCharacterIndex()
  const ids = (value ?? []).map((entry) => String(extractID(entry)))
  const description = typeof field.admin?.description === 'string' ? field.admin.description : ''

  return (
    <div className="field-type tagged-characters">
      <FieldLabel label={field.label || 'Characters'} path={path} />
      {ids.length === 0 ? (
        <p className="tagged-characters__empty">No characters tagged yet.</p>
      ) : (
        <ul className="tagged-characters__list" aria-label="Tagged characters">
          {ids.map((id) => (
            <li key={id}>
              <a href={`/admin/collections/characters/${id}`}>
                {characters.find((character) => String(character.id) === id)?.name ??
                  `Character ${id}`}
              </a>
            </li>
          ))}
        </ul>
      )}
      {description && <p className="tagged-characters__description">{description}</p>}
    </div>
  )
}
