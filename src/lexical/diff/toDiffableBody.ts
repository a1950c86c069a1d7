import { CHARACTER_TAG_TYPE } from '../characterTag/shared/types'
import { walkLexicalJson } from '../shared/walkLexicalJson'
import { paragraph, text } from '@/seed/lexical'
import { formatSpoilerScope } from '@/utilities/formatSpoilerScope'

type Json = Record<string, unknown>

/** Names to print in a diff, by id as a string: characters' names, shows' titles. */
export type DiffNames = { characters: Map<string, string>; shows: Map<string, string> }

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null

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

const wordsOf = (node: Json): string =>
  Array.isArray(node.children)
    ? node.children
        .map((child) =>
          isRecord(child) ? (typeof child.text === 'string' ? child.text : wordsOf(child)) : '',
        )
        .join('')
    : ''

/** One node in the form Payload's diff renders, possibly as several nodes. */
const convert = (node: Json, names: DiffNames): Json[] => {
  const children = Array.isArray(node.children) ? convertAll(node.children, names) : undefined

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
      children: children ?? [],
    }
    const words = wordsOf(node).trim().toLocaleLowerCase()
    if (name && name.toLocaleLowerCase() === words) return [link]
    return [link, text(` (→ ${name ?? 'a deleted character'})`, 'italic')]
  }

  if (node.type === 'inlineSpoiler') {
    return [
      text(`[Spoiler${scopeLabel(node.scope, names)}: `, 'italic'),
      ...(children ?? []),
      text(']', 'italic'),
    ]
  }

  if (node.type === 'block' && isRecord(node.fields) && node.fields.blockType === 'spoiler') {
    const { fields } = node
    const content =
      isRecord(fields.content) && isRecord(fields.content.root) ? fields.content.root : null
    const inner =
      content && Array.isArray(content.children) ? convertAll(content.children, names) : []
    return [
      paragraph(text(`[Spoiler section${scopeLabel(fields, names)}:]`, 'italic')),
      ...inner,
      paragraph(text('[End of spoiler section]', 'italic')),
    ]
  }

  return [children ? { ...node, children } : node]
}

const convertAll = (nodes: unknown[], names: DiffNames): Json[] =>
  nodes.flatMap((node) => (isRecord(node) ? convert(node, names) : []))

/**
 * A copy of a stored article body in the form Payload's version diff can show: character
 * tags become links to the character (with the character's name when the words differ),
 * inline spoilers and spoiler sections keep their words between "[Spoiler (scope): …]"
 * markers. Payload's diff knows only its own nodes and draws any other as a bare chip with
 * the node's type, which hid exactly the words an editor compares versions for.
 */
export const toDiffableBody = (state: unknown, names: DiffNames): unknown => {
  if (!isRecord(state) || !isRecord(state.root) || !Array.isArray(state.root.children)) return state
  return { ...state, root: { ...state.root, children: convertAll(state.root.children, names) } }
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
    ignoreKeys: ['character'],
    visit: (node) => {
      if (node.type === CHARACTER_TAG_TYPE) add(characters, node.characterId)
      if (node.type === 'inlineSpoiler' && isRecord(node.scope)) add(shows, node.scope.show)
      if (node.blockType === 'spoiler') add(shows, node.show)
    },
  })
  return { characters, shows }
}
