import { CHARACTER_TAG_TYPE } from '../characterTag/shared/types'
import { lexicalText } from '../shared/lexicalText'
import { walkLexicalJson } from '../shared/walkLexicalJson'
import { formatSpoilerScope } from '../spoiler/shared/formatSpoilerScope'
import { INLINE_SPOILER_TYPE, SPOILER_BLOCK_SLUG } from '../spoiler/shared/types'
import { paragraph, text } from '@/seed/lexical'

type Json = Record<string, unknown>

/** Names to print in a diff, by id as a string: characters' names, shows' titles. */
export type DiffNames = { characters: Map<string, string>; shows: Map<string, string> }

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null

const isSpoilerBlock = (node: Json): node is Json & { fields: Json } =>
  node.type === 'block' && isRecord(node.fields) && node.fields.blockType === SPOILER_BLOCK_SLUG

const idOf = (value: unknown): string | null => {
  if (isRecord(value)) return value.id === undefined ? null : String(value.id)
  return value === undefined || value === null || value === '' ? null : String(value)
}

const scopeLabel = (scope: unknown, names: DiffNames): string => {
  if (!isRecord(scope)) return ''
  const showId = idOf(scope.show)
  if (!showId) return ''
  const title = names.shows.get(showId)
  const label = formatSpoilerScope({
    show: title ? { title } : null,
    season: typeof scope.season === 'number' ? scope.season : null,
    episode: typeof scope.episode === 'number' ? scope.episode : null,
  })
  return ` (${label})`
}

/** One node in the form Payload's diff renders, possibly as several; its content is done. */
const convert = (node: Json, names: DiffNames): Json[] => {
  if (node.type === CHARACTER_TAG_TYPE) {
    const id = idOf(node.characterId)
    const name = id ? names.characters.get(id) : undefined
    // A link to the character, so the tagged words show and a retagged tag shows as changed.
    const link: Json = {
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      id: `tag-${id ?? 'none'}`,
      fields: {
        linkType: 'internal',
        newTab: false,
        // The id as stored (a number on SQLite), which is what Payload's link converter looks up.
        doc: {
          relationTo: 'characters',
          value: isRecord(node.characterId) ? id : node.characterId,
        },
      },
      children: Array.isArray(node.children) ? node.children : [],
    }
    const words = lexicalText(node).toLocaleLowerCase()
    if (name && name.toLocaleLowerCase() === words) return [link]
    return [link, text(` (→ ${name ?? 'a deleted character'})`, 'italic')]
  }

  if (node.type === INLINE_SPOILER_TYPE) {
    return [
      text(`[Spoiler${scopeLabel(node.scope, names)}: `, 'italic'),
      ...(Array.isArray(node.children) ? (node.children as Json[]) : []),
      text(']', 'italic'),
    ]
  }

  if (isSpoilerBlock(node)) {
    const { fields } = node
    const content =
      isRecord(fields.content) && isRecord(fields.content.root) ? fields.content.root : null
    const inner = content && Array.isArray(content.children) ? (content.children as Json[]) : []
    return [
      paragraph(text(`[Spoiler section${scopeLabel(fields, names)}:]`, 'italic')),
      ...inner,
      paragraph(text('[End of spoiler section]', 'italic')),
    ]
  }

  return [node]
}

/**
 * A copy of a stored article body in the form Payload's version diff can show: character
 * tags become links to the character (with the character's name when the words differ),
 * inline spoilers and spoiler sections keep their words between "[Spoiler (scope): …]"
 * markers. Payload's diff knows only its own nodes and draws any other as a bare chip with
 * the node's type, which hid exactly the words an editor compares versions for.
 */
export const toDiffableBody = (state: unknown, names: DiffNames): unknown => {
  if (!isRecord(state) || !isRecord(state.root) || !Array.isArray(state.root.children)) return state
  const copy = structuredClone(state)
  walkLexicalJson({
    state: copy,
    // After its content, so each node's children (and a section's content) are converted.
    leave: (node) => {
      if (!Array.isArray(node.children)) return
      node.children = node.children.flatMap((child) =>
        isRecord(child) ? convert(child, names) : [],
      )
    },
  })
  return copy
}

/** The characters and shows a diff of these bodies names, to look their names up at once. */
export const collectDiffNameIds = (
  states: unknown[],
): { characters: Set<string>; shows: Set<string> } => {
  const characters = new Set<string>()
  const shows = new Set<string>()
  const add = (ids: Set<string>, value: unknown) => {
    const id = idOf(value)
    if (id) ids.add(id)
  }
  walkLexicalJson({
    state: states,
    visit: (node) => {
      if (node.type === CHARACTER_TAG_TYPE) add(characters, node.characterId)
      if (node.type === INLINE_SPOILER_TYPE && isRecord(node.scope)) add(shows, node.scope.show)
      if (isSpoilerBlock(node)) add(shows, node.fields.show)
    },
  })
  return { characters, shows }
}
