import type { Block, Field, Plugin } from 'payload'

/** Collections a reference may name without its existence being checked against the caller's access. */
const UNCHECKED = new Set(['users'])

const allowAny = () => true as const

/**
 * Payload checks that a relationship or upload names documents that exist only when the field
 * has `filterOptions` (it then looks the ids up, once per save, through the request's data
 * loader). Without it a save could name a show that does not exist: SQLite's foreign key
 * refused it after the main row was written (a 500), and MongoDB stored a dangling id. This
 * gives every such field a `filterOptions` that filters nothing, so the check always runs and
 * the save is refused with a 400 naming the field. References to users are left out: staff
 * may not read other accounts, and bylines are checked by the articles' own hooks.
 */
const checkReferences = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        if (field.filterOptions || targets.some((slug) => UNCHECKED.has(slug))) return field
        return { ...field, filterOptions: allowAny } as Field
      }
      case 'array':
      case 'group':
      case 'row':
      case 'collapsible':
        return { ...field, fields: checkReferences(field.fields) } as Field
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: checkReferences(tab.fields) })),
        }
      case 'blocks':
        return {
          ...field,
          blocks: (field.blocks ?? []).map((block): Block => ({
            ...block,
            fields: checkReferences(block.fields),
          })),
        }
      default:
        return field
    }
  })

/** Every relationship and upload field of every collection and global refuses missing documents. */
export const existingReferences = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: checkReferences(collection.fields),
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    fields: checkReferences(global.fields),
  })),
})
