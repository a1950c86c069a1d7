'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { useCharacterIndex } from '@/lexical/characterTag/client/characterIndexStore'

import './mergeCharacter.css'

/**
 * "Merge into another character": moves every tag of this (duplicate) character to the one
 * chosen, keeps this one's names as aliases there, then deletes this one. The way to delete
 * a character that articles still tag.
 */
export const MergeCharacter = () => {
  const { id } = useDocumentInfo()
  const { characters, isLoading } = useCharacterIndex()
  const router = useRouter()
  const [target, setTarget] = useState('')
  const [status, setStatus] = useState<{ isError: boolean; message: string } | null>(null)
  const [isMerging, setIsMerging] = useState(false)

  if (!id) return null
  const others = characters.filter((character) => String(character.id) !== String(id))
  const targetName = others.find((character) => String(character.id) === target)?.name

  const merge = async () => {
    if (!target || !targetName) return
    if (!window.confirm(`Move every tag of this character to ${targetName}, then delete this one?`))
      return
    setIsMerging(true)
    setStatus(null)
    const response = await fetch(`/api/characters/${id}/merge`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ into: target }),
    })
    const body = (await response.json().catch(() => ({}))) as {
      retargetedArticles?: number
      errors?: Array<{ message: string }>
    }
    setIsMerging(false)
    if (!response.ok) {
      setStatus({
        isError: true,
        message: body.errors?.[0]?.message ?? `Merge failed (${response.status}).`,
      })
      return
    }
    setStatus({
      isError: false,
      message: `Merged: ${body.retargetedArticles ?? 0} article(s) retagged.`,
    })
    router.push(`/admin/collections/characters/${target}`)
  }

  return (
    <div className="field-type merge-character">
      <label className="field-label" htmlFor="merge-character-target">
        Merge into another character
      </label>
      <select
        id="merge-character-target"
        className="merge-character__select"
        value={target}
        disabled={isLoading || isMerging}
        aria-describedby="merge-character-help"
        onChange={(event) => setTarget(event.target.value)}
      >
        <option value="">{isLoading ? 'Loading…' : 'Choose the character to keep'}</option>
        {others.map((character) => (
          <option key={String(character.id)} value={String(character.id)}>
            {character.name}
          </option>
        ))}
      </select>
      <p id="merge-character-help" className="merge-character__help">
        Moves every tag of this character to the one chosen, keeps this one’s names as its aliases,
        then deletes this one.
      </p>
      <Button
        buttonStyle="secondary"
        size="medium"
        margin={false}
        disabled={!target || isMerging}
        onClick={merge}
      >
        {isMerging ? 'Merging…' : 'Merge and delete this one'}
      </Button>
      {status && (
        <p
          role={status.isError ? 'alert' : 'status'}
          className="merge-character__status"
          style={{ color: status.isError ? 'var(--theme-error-500)' : undefined }}
        >
          {status.message}
        </p>
      )}
    </div>
  )
}
