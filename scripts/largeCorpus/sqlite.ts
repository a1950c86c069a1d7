/**
 * The corpus on SQLite: multi-row INSERTs through the adapter's libsql client, one batch (one
 * transaction) per chunk of articles. Writes the rows the adapter would, derived `characters`
 * included, and one version row (latest, published) per article.
 */
import { type CharacterRef, characterName, type GeneratedArticle } from './content'

type Id = number | string

export type LibsqlClient = {
  execute: (stmt: { sql: string; args: unknown[] } | string) => Promise<{ rows: unknown[][] }>
  batch: (stmts: Array<{ sql: string; args: unknown[] }>, mode: 'write') => Promise<unknown>
}

/** Multi-row INSERTs, split so no statement binds more than ~30,000 values. */
const insertRows = (table: string, columns: string[], rows: unknown[][]) => {
  const statements: Array<{ sql: string; args: unknown[] }> = []
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length))
  const columnList = columns.map((column) => `"${column}"`).join(', ')
  const placeholders = `(${columns.map(() => '?').join(', ')})`
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement)
    statements.push({
      sql: `INSERT INTO "${table}" (${columnList}) VALUES ${chunk.map(() => placeholders).join(', ')}`,
      args: chunk.flat(),
    })
  }
  return statements
}

const maxId = async (client: LibsqlClient, table: string): Promise<number> => {
  const result = await client.execute(`SELECT COALESCE(MAX(id), 0) AS m FROM "${table}"`)
  const row = result.rows[0] as unknown as Record<string, unknown> & unknown[]
  return Number(row.m ?? row[0])
}

export const seedSqliteCharacters = async (
  client: LibsqlClient,
  { count, runId, showIds }: { count: number; runId: string; showIds: Id[] },
): Promise<CharacterRef[]> => {
  const start = (await maxId(client, 'characters')) + 1
  const now = new Date().toISOString()
  const refs: CharacterRef[] = []
  const rows: unknown[][] = []
  const appearances: unknown[][] = []
  for (let i = 0; i < count; i += 1) {
    const id = start + i
    const name = characterName(i)
    refs.push({ id, name })
    rows.push([id, name, `${runId}-c${i}`, now, now])
    appearances.push([1, id, `${runId}-a${i}`, showIds[i % showIds.length]])
  }
  await client.batch(
    [
      ...insertRows('characters', ['id', 'name', 'slug', 'updated_at', 'created_at'], rows),
      ...insertRows(
        'characters_appearances',
        ['_order', '_parent_id', 'id', 'show_id'],
        appearances,
      ),
    ],
    'write',
  )
  return refs
}

const ARTICLE_COLUMNS = [
  'title',
  'dek',
  'body',
  'slug',
  'published_at',
  'meta_title',
  'meta_description',
  'updated_at',
  'created_at',
  '_status',
]
const REL_COLUMNS = ['order', 'parent_id', 'path', 'characters_id', 'shows_id']

/** The rows of one chunk of articles and their versions, ids counted on from `ids`. */
const articleRows = (batch: GeneratedArticle[], ids: { article: number; version: number }) => {
  const now = new Date().toISOString()
  const rows = {
    articles: [] as unknown[][],
    rels: [] as unknown[][],
    warnings: [] as unknown[][],
    versions: [] as unknown[][],
    versionRels: [] as unknown[][],
    versionWarnings: [] as unknown[][],
  }
  for (const article of batch) {
    const { article: articleId, version: versionId } = ids
    const values = [
      article.title,
      article.dek,
      JSON.stringify(article.body),
      article.slug,
      article.publishedAt,
      article.title,
      article.dek,
      article.publishedAt,
      article.publishedAt,
      'published',
    ]
    rows.articles.push([articleId, ...values])
    rows.versions.push([versionId, articleId, ...values, article.publishedAt, now, 1, 0])
    article.characterIds.forEach((id, order) => {
      rows.rels.push([order + 1, articleId, 'characters', id, null])
      rows.versionRels.push([order + 1, versionId, 'version.characters', id, null])
    })
    article.showIds.forEach((id, order) => {
      rows.rels.push([order + 1, articleId, 'shows', null, id])
      rows.versionRels.push([order + 1, versionId, 'version.shows', null, id])
    })
    article.spoilerWarnings.forEach(({ id, show, season, episode }, order) => {
      rows.warnings.push([order + 1, articleId, id, show, season, episode])
      rows.versionWarnings.push([order + 1, versionId, show, season, episode, id])
    })
    ids.article += 1
    ids.version += 1
  }
  return rows
}

export const seedSqliteArticles = async (
  client: LibsqlClient,
  {
    generate,
    total,
    chunkSize,
  }: {
    generate: (from: number, to: number) => GeneratedArticle[]
    total: number
    chunkSize: number
  },
) => {
  const ids = {
    article: (await maxId(client, 'articles')) + 1,
    version: (await maxId(client, '_articles_v')) + 1,
  }
  for (let from = 0; from < total; from += chunkSize) {
    const rows = articleRows(generate(from, Math.min(total, from + chunkSize)), ids)
    await client.batch(
      [
        ...insertRows('articles', ['id', ...ARTICLE_COLUMNS], rows.articles),
        ...insertRows('articles_rels', REL_COLUMNS, rows.rels),
        ...insertRows(
          'articles_spoiler_warnings',
          ['_order', '_parent_id', 'id', 'show_id', 'season', 'episode'],
          rows.warnings,
        ),
        ...insertRows(
          '_articles_v',
          [
            'id',
            'parent_id',
            ...ARTICLE_COLUMNS.map((column) => `version_${column}`),
            'created_at',
            'updated_at',
            'latest',
            'autosave',
          ],
          rows.versions,
        ),
        ...insertRows('_articles_v_rels', REL_COLUMNS, rows.versionRels),
        ...insertRows(
          '_articles_v_version_spoiler_warnings',
          ['_order', '_parent_id', 'show_id', 'season', 'episode', '_uuid'],
          rows.versionWarnings,
        ),
      ],
      'write',
    )
  }
}
