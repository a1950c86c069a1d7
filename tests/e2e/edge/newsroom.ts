import { doc, paragraph, resolveCharacterTags, tag, text } from '../../../src/seed/lexical'

type Id = number | string
type Doc = { id: Id; slug: string; title?: string; name?: string }

/**
 * An editor at work through one instance's REST API: the first account of a fresh database
 * (made an admin by the app, registered on first use), authenticated with its JWT, so no
 * cookie or Origin is involved.
 */
export const newsroom = async (baseUrl: string) => {
  const credentials = { email: 'edge@example.com', password: 'correct-horse-battery' }
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await response.json().catch(() => null)
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    }
    return json
  }
  const { initialized } = (await call('GET', '/users/init')) as { initialized: boolean }
  if (!initialized)
    await call('POST', '/users/first-register', { ...credentials, name: 'Edge Editor' })
  const { token } = (await call('POST', '/users/login', credentials)) as { token: string }
  const as = (method: string, path: string, body?: unknown) => call(method, path, body, token)

  /** A paragraph tagging each character, so the article's derived `characters` lists them. */
  const bodyTagging = (characters: Doc[]) =>
    resolveCharacterTags(
      doc(
        paragraph(
          text('This piece mentions '),
          ...characters.map((character) => tag(character.slug, character.name ?? '')),
          text('.'),
        ),
      ),
      new Map(characters.map((character) => [character.slug, character.id])),
    )

  return {
    token,
    createShow: async (title: string): Promise<Doc> =>
      (await as('POST', '/shows?depth=0', { title, network: 'Edge TV' })).doc,
    createCharacter: async (name: string, show: Doc): Promise<Doc> =>
      (
        await as('POST', '/characters?depth=0', {
          name,
          appearances: [{ show: show.id, seasons: [1] }],
        })
      ).doc,
    publishArticle: async (args: { title: string; characters: Doc[]; show: Doc }): Promise<Doc> =>
      (
        await as('POST', '/articles?depth=0', {
          title: args.title,
          dek: 'A piece written for the edge test.',
          shows: [args.show.id],
          body: bodyTagging(args.characters),
          _status: 'published',
        })
      ).doc,
    /** What the admin's "Publish changes" sends, or with `isDraft` a draft save over it. */
    updateArticle: async (id: Id, data: Record<string, unknown>, { isDraft = false } = {}) =>
      (await as('PATCH', `/articles/${id}?depth=0&draft=${isDraft}`, data)).doc as Doc,
  }
}
