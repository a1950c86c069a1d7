import { flattenAllFields, type Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { dropForeignRowIds } from '@/plugins/foreignRowIds/dropForeignRowIds'

const fields = flattenAllFields({
  fields: [
    { name: 'title', type: 'text' },
    {
      name: 'warnings',
      type: 'array',
      fields: [
        { name: 'note', type: 'text' },
        { name: 'steps', type: 'array', fields: [{ name: 'step', type: 'text' }] },
      ],
    },
    {
      name: 'layout',
      type: 'blocks',
      blocks: [{ slug: 'quote', fields: [{ name: 'text', type: 'text' }] }],
    },
    { name: 'meta', type: 'group', fields: [{ name: 'rows', type: 'array', fields: [] }] },
  ] as Field[],
})

describe('dropForeignRowIds', () => {
  it('should drop every row id on create, at any depth', () => {
    const data = {
      title: 'Copy',
      warnings: [{ id: 'a', note: 'x', steps: [{ id: 'b', step: 'y' }] }],
      layout: [{ id: 'c', blockType: 'quote', text: 'z' }],
      meta: { rows: [{ id: 'd' }] },
    }
    dropForeignRowIds(fields, data, undefined)
    expect(data).toEqual({
      title: 'Copy',
      warnings: [{ note: 'x', steps: [{ step: 'y' }] }],
      layout: [{ blockType: 'quote', text: 'z' }],
      meta: { rows: [{}] },
    })
  })

  it('should keep the ids of rows the document already has, and drop the others', () => {
    const original = {
      warnings: [{ id: 'own', steps: [{ id: 'own-step' }] }],
      layout: [{ id: 'own-block', blockType: 'quote' }],
    }
    const data = {
      warnings: [
        { id: 'own', steps: [{ id: 'own-step' }, { id: 'someone-else' }] },
        { id: 'foreign', steps: [{ id: 'own-step' }] },
      ],
      layout: [
        { id: 'own-block', blockType: 'quote' },
        { id: 'x', blockType: 'quote' },
      ],
    }
    dropForeignRowIds(fields, data, original)
    expect(data).toEqual({
      warnings: [{ id: 'own', steps: [{ id: 'own-step' }, {}] }, { steps: [{}] }],
      layout: [{ id: 'own-block', blockType: 'quote' }, { blockType: 'quote' }],
    })
  })
})
