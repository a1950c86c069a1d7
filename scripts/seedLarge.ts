/**
 * `npm run seed:large -- --articles N [--characters 5000] [--shows 40]`
 *
 * A synthetic corpus for benchmarks, written through a bulk path rather than one Local API
 * create per article: multi-row INSERTs in one transaction per chunk on SQLite (through the
 * adapter's libsql client), `insertMany` on MongoDB. Shows are few and go through the Local
 * API. Every article is published, has a ~800-word Lexical body with 5–15 character tags,
 * a spoiler paragraph and `spoilerWarnings` on about a third of them, `publishedAt` spread
 * over five years, and the derived `characters` field filled with exactly the tagged ids in
 * order of first tag (what `deriveCharacters` would write). Each article gets one version
 * row (latest, published) so the admin shows it like any other.
 *
 * Not written: the plugin-search index (the bulk path skips hooks) and character seasons.
 * The characters' recent-articles lists (the sidebar's source) are collected while the
 * articles are generated and written in bulk at the end, as a rebuild would compute them.
 * Appends to whatever is in the database; slugs carry a run id so runs never collide.
 */
import { getPayload, type Payload } from 'payload'
import { loadEnv } from 'payload/node'

import {
  createListCollector,
  type FeedSource,
  type ListedArticle,
  toListedArticle,
} from '../src/collections/RecentArticles/feed'

loadEnv()

const argValue = (name: string, fallback?: number): number => {
  const index = process.argv.indexOf(`--${name}`)
  const raw = index >= 0 ? process.argv[index + 1] : undefined
  if (raw === undefined) {
    if (fallback === undefined) throw new Error(`seed:large: --${name} N is required`)
    return fallback
  }
  const value = Number(raw.replace(/[_,]/g, ''))
  if (!Number.isInteger(value) || value < 0) throw new Error(`seed:large: bad --${name} ${raw}`)
  return value
}

export type SeedLargeOptions = { articles: number; characters: number; shows: number }

// ---------- deterministic content ----------

const mulberry32 = (seed: number) => () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const FIRST = (
  'Ava Ben Cora Dev Eli Faye Gus Hana Ivo Jade Kai Lena Milo Nia Omar Pia Quin Rosa Sami Tess ' +
  'Uma Vic Wren Xan Yara Zed Abe Bea Cal Dara Emil Fern Gil Hugo Isla Jon Kira Leo Mara Ned ' +
  'Oona Pete Rhea Saul Tara Ugo Vera Walt Yuki Zora'
).split(' ')
const LAST = (
  'Ashby Blake Crane Dunn Ellis Frost Grey Hale Irons Juno Kerr Lowe Marsh Nash Orr Price ' +
  'Quill Reyes Stone Thorne Underwood Vance Webb Xiong Young Zane Abbott Booth Cole Drake ' +
  'Egan Flint Grant Hart Ives Jett Knox Lark Moss Noble Oakes Pike Rowe Shaw Tate Upton Voss ' +
  'Wolfe Yates Zeller Archer Bishop Carver Dalton Everett Finch Garza Holt Ingram Jansen ' +
  'Keane Lyle Mercer North Osei Parr Quade Rook Sloane Trent Ueda Vale Ward Yoon Ziegler ' +
  'Amos Brandt Cho Diaz Engel Fox Gale Huang Imai Joyce Kato Lind Mori Nair Ortiz Patel Ruiz ' +
  'Singh Toth Ulloa'
).split(' ')
const WORDS = (
  'the season finale turns on a quiet scene where everything we thought we knew about the ' +
  'family shifts episode writers camera score performance arc betrayal loyalty city night ' +
  'rain window letter promise secret reveal cliffhanger flashback showrunner pacing dialogue ' +
  'tension chemistry ensemble subplot villain hero mentor rival sibling partner heist trial ' +
  'courtroom hospital rooftop alley warehouse precinct ship kingdom council throne exile ' +
  'return memory dream silence choice cost price debt truth lie mask mirror storm fire ice ' +
  'blood gold iron glass stone river bridge tower gate road home'
).split(' ')
const SHOW_WORDS = 'Night Crown Harbor Signal Ember Glass Hollow Meridian Static Wolf'.split(' ')

type LexNode = Record<string, unknown>
const textNode = (value: string): LexNode => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})
const element = (type: string, children: LexNode[], extra: LexNode = {}): LexNode => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})
const paragraph = (children: LexNode[]) =>
  element('paragraph', children, { textFormat: 0, textStyle: '' })
const tagNode = (characterId: number | string, words: string) =>
  element('characterTag', [textNode(words)], { characterId })

type CharacterRef = { id: number | string; name: string }

export type GeneratedArticle = {
  title: string
  slug: string
  dek: string
  body: { root: LexNode }
  publishedAt: string
  characterIds: Array<number | string>
  showIds: Array<number | string>
  spoilerWarnings: Array<{ id: string; show: number | string; season: number; episode: number }>
}

/** Words of filler prose. */
const sentence = (random: () => number, words: number): string => {
  const out: string[] = []
  for (let i = 0; i < words; i += 1) out.push(WORDS[Math.floor(random() * WORDS.length)])
  out[0] = out[0][0].toUpperCase() + out[0].slice(1)
  return `${out.join(' ')}.`
}

/**
 * One article. Characters are drawn with a skew (a few recur in many articles, most in few),
 * like real coverage; tags are spread over the paragraphs.
 */
export const generateArticle = (
  index: number,
  runId: string,
  characters: CharacterRef[],
  showIds: Array<number | string>,
  startMs: number,
  spanMs: number,
): GeneratedArticle => {
  const random = mulberry32(index * 7919 + 17)
  const tagCount = 5 + Math.floor(random() * 11)
  const picked: CharacterRef[] = []
  const seen = new Set<string>()
  while (picked.length < tagCount) {
    // Squaring skews towards low indexes: character 0 is in many articles, 4999 in few.
    const character = characters[Math.floor(random() ** 2 * characters.length)]
    if (seen.has(String(character.id))) continue
    seen.add(String(character.id))
    picked.push(character)
  }
  const paragraphs: LexNode[] = []
  const paragraphCount = 12
  for (let p = 0; p < paragraphCount; p += 1) {
    const children: LexNode[] = [textNode(`${sentence(random, 30)} `)]
    for (let t = p; t < picked.length; t += paragraphCount) {
      children.push(tagNode(picked[t].id, picked[t].name))
      children.push(textNode(` ${sentence(random, 8)} `))
    }
    children.push(textNode(sentence(random, 26)))
    paragraphs.push(paragraph(children))
  }
  const show = showIds[index % showIds.length]
  const hasSpoiler = random() < 0.33
  const season = 1 + Math.floor(random() * 5)
  const episode = 1 + Math.floor(random() * 10)
  if (hasSpoiler) {
    paragraphs.splice(
      6,
      0,
      paragraph([
        textNode(`Spoiler for season ${season}, episode ${episode}: `),
        tagNode(picked[0].id, picked[0].name),
        textNode(` ${sentence(random, 40)}`),
      ]),
    )
  }
  const title = `${picked[0].name} and ${picked[1].name}: ${sentence(random, 5).slice(0, -1)}`
  // Oldest first: article i is published after article i-1.
  const publishedAt = new Date(startMs + index * spanMs).toISOString()
  return {
    title,
    slug: `large-${runId}-${index}`,
    dek: sentence(random, 20),
    body: {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: paragraphs,
      },
    },
    publishedAt,
    characterIds: picked.map((character) => character.id),
    showIds: [show],
    spoilerWarnings: hasSpoiler ? [{ id: `${runId}-w${index}`, show, season, episode }] : [],
  }
}

// ---------- SQLite ----------

type LibsqlClient = {
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

type ListCollector = ReturnType<typeof createListCollector>

/** What the articles' hooks would have put in the characters' lists for this article. */
const collectListEntry = (
  collector: ListCollector,
  id: number | string,
  article: GeneratedArticle,
) =>
  collector.add(toListedArticle({ ...article, id } as unknown as FeedSource), article.characterIds)

const listRow = (entry: ListedArticle) => [
  entry.articleId,
  entry.title,
  entry.slug,
  entry.publishedAt,
  JSON.stringify(entry.spoilerWarnings),
]

const seedSqliteLists = async (client: LibsqlClient, collector: ListCollector) => {
  let listId = (await maxId(client, 'recent_articles')) + 1
  const now = new Date().toISOString()
  const lists: unknown[][] = []
  const items: unknown[][] = []
  for (const [characterId, entries] of collector.lists()) {
    lists.push([listId, Number(characterId), now, now])
    entries.forEach((entry, order) =>
      items.push([order + 1, listId, `${listId}-${order}`, ...listRow(entry)]),
    )
    listId += 1
  }
  await client.batch(
    [
      ...insertRows('recent_articles', ['id', 'character_id', 'updated_at', 'created_at'], lists),
      ...insertRows(
        'recent_articles_articles',
        [
          '_order',
          '_parent_id',
          'id',
          'article_id',
          'title',
          'slug',
          'published_at',
          'spoiler_warnings',
        ],
        items,
      ),
    ],
    'write',
  )
}

const maxId = async (client: LibsqlClient, table: string): Promise<number> => {
  const result = await client.execute(`SELECT COALESCE(MAX(id), 0) AS m FROM "${table}"`)
  const row = result.rows[0] as unknown as Record<string, unknown> & unknown[]
  return Number(row.m ?? row[0])
}

const seedSqliteCharacters = async (
  client: LibsqlClient,
  count: number,
  runId: string,
  showIds: Array<number | string>,
): Promise<CharacterRef[]> => {
  const start = (await maxId(client, 'characters')) + 1
  const now = new Date().toISOString()
  const refs: CharacterRef[] = []
  const rows: unknown[][] = []
  const appearances: unknown[][] = []
  for (let i = 0; i < count; i += 1) {
    const id = start + i
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${
      i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : ''
    }`
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

const seedSqliteArticles = async (
  client: LibsqlClient,
  articles: (from: number, to: number) => GeneratedArticle[],
  total: number,
  chunkSize: number,
  collector: ListCollector,
) => {
  let articleId = (await maxId(client, 'articles')) + 1
  let versionId = (await maxId(client, '_articles_v')) + 1
  for (let from = 0; from < total; from += chunkSize) {
    const batch = articles(from, Math.min(total, from + chunkSize))
    const now = new Date().toISOString()
    const rows: unknown[][] = []
    const rels: unknown[][] = []
    const versions: unknown[][] = []
    const versionRels: unknown[][] = []
    const warnings: unknown[][] = []
    const versionWarnings: unknown[][] = []
    for (const article of batch) {
      const body = JSON.stringify(article.body)
      rows.push([
        articleId,
        article.title,
        article.dek,
        body,
        article.slug,
        article.publishedAt,
        article.title,
        article.dek,
        article.publishedAt,
        article.publishedAt,
        'published',
      ])
      versions.push([
        versionId,
        articleId,
        article.title,
        article.dek,
        body,
        article.slug,
        article.publishedAt,
        article.title,
        article.dek,
        article.publishedAt,
        article.publishedAt,
        'published',
        article.publishedAt,
        now,
        1,
        0,
      ])
      article.characterIds.forEach((id, order) => {
        rels.push([order + 1, articleId, 'characters', id, null])
        versionRels.push([order + 1, versionId, 'version.characters', id, null])
      })
      article.showIds.forEach((id, order) => {
        rels.push([order + 1, articleId, 'shows', null, id])
        versionRels.push([order + 1, versionId, 'version.shows', null, id])
      })
      article.spoilerWarnings.forEach((warning, order) => {
        warnings.push([
          order + 1,
          articleId,
          warning.id,
          warning.show,
          warning.season,
          warning.episode,
        ])
        versionWarnings.push([
          order + 1,
          versionId,
          warning.show,
          warning.season,
          warning.episode,
          warning.id,
        ])
      })
      collectListEntry(collector, articleId, article)
      articleId += 1
      versionId += 1
    }
    const relColumns = ['order', 'parent_id', 'path', 'characters_id', 'shows_id']
    await client.batch(
      [
        ...insertRows(
          'articles',
          [
            'id',
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
          ],
          rows,
        ),
        ...insertRows('articles_rels', relColumns, rels),
        ...insertRows(
          'articles_spoiler_warnings',
          ['_order', '_parent_id', 'id', 'show_id', 'season', 'episode'],
          warnings,
        ),
        ...insertRows(
          '_articles_v',
          [
            'id',
            'parent_id',
            'version_title',
            'version_dek',
            'version_body',
            'version_slug',
            'version_published_at',
            'version_meta_title',
            'version_meta_description',
            'version_updated_at',
            'version_created_at',
            'version__status',
            'created_at',
            'updated_at',
            'latest',
            'autosave',
          ],
          versions,
        ),
        ...insertRows('_articles_v_rels', relColumns, versionRels),
        ...insertRows(
          '_articles_v_version_spoiler_warnings',
          ['_order', '_parent_id', 'show_id', 'season', 'episode', '_uuid'],
          versionWarnings,
        ),
      ],
      'write',
    )
  }
}

// ---------- MongoDB ----------

type MongoCollection = { insertMany: (docs: unknown[], options?: unknown) => Promise<unknown> }
type MongoAdapterLike = {
  // The adapter's mongoose connection; `base` is the Mongoose instance it belongs to.
  connection: { base: { Types: { ObjectId: new (id?: string) => { toHexString: () => string } } } }
  collections: Record<string, { collection: MongoCollection }>
  versions: Record<string, { collection: MongoCollection }>
}

const seedMongo = async (
  payload: Payload,
  options: SeedLargeOptions,
  runId: string,
  showIds: Array<number | string>,
  generate: (characters: CharacterRef[], from: number, to: number) => GeneratedArticle[],
  chunkSize: number,
  collector: ListCollector,
) => {
  const db = payload.db as unknown as MongoAdapterLike
  const ObjectId = db.connection.base.Types.ObjectId
  const oid = (id: number | string) => new ObjectId(String(id))
  const now = new Date()
  const characters: CharacterRef[] = []
  const characterDocs: unknown[] = []
  for (let i = 0; i < options.characters; i += 1) {
    const id = new ObjectId().toHexString()
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${
      i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : ''
    }`
    characters.push({ id, name })
    characterDocs.push({
      _id: oid(id),
      name,
      slug: `${runId}-c${i}`,
      aliases: [],
      appearances: [
        { id: new ObjectId().toHexString(), show: oid(showIds[i % showIds.length]), seasons: [] },
      ],
      createdAt: now,
      updatedAt: now,
    })
  }
  for (let i = 0; i < characterDocs.length; i += 5_000) {
    await db.collections.characters.collection.insertMany(characterDocs.slice(i, i + 5_000), {
      ordered: false,
    })
  }
  for (let from = 0; from < options.articles; from += chunkSize) {
    const batch = generate(characters, from, Math.min(options.articles, from + chunkSize))
    const docs: unknown[] = []
    const versions: unknown[] = []
    for (const article of batch) {
      const _id = new ObjectId()
      collectListEntry(collector, _id.toHexString(), article)
      const publishedAt = new Date(article.publishedAt)
      const data = {
        title: article.title,
        dek: article.dek,
        body: article.body,
        slug: article.slug,
        publishedAt,
        characters: article.characterIds.map(oid),
        shows: article.showIds.map(oid),
        authors: [],
        spoilerWarnings: article.spoilerWarnings.map((warning) => ({
          ...warning,
          show: oid(warning.show),
        })),
        meta: { title: article.title, description: article.dek },
        _status: 'published',
        createdAt: publishedAt,
        updatedAt: publishedAt,
      }
      docs.push({ _id, ...data })
      versions.push({
        _id: new ObjectId(),
        parent: _id,
        version: data,
        latest: true,
        autosave: false,
        createdAt: publishedAt,
        updatedAt: now,
      })
    }
    await db.collections.articles.collection.insertMany(docs, { ordered: false })
    await db.versions.articles.collection.insertMany(versions, { ordered: false })
  }
  const lists = [...collector.lists()].map(([characterId, entries]) => ({
    _id: new ObjectId(),
    character: oid(characterId),
    articles: entries.map((entry) => ({
      ...entry,
      id: new ObjectId().toHexString(),
      publishedAt: entry.publishedAt ? new Date(entry.publishedAt) : null,
    })),
    createdAt: now,
    updatedAt: now,
  }))
  if (lists.length > 0) {
    await db.collections['recent-articles'].collection.insertMany(lists, { ordered: false })
  }
}

// ---------- driver ----------

export const seedLarge = async (payload: Payload, options: SeedLargeOptions) => {
  const runId = Date.now().toString(36)
  const timings: Record<string, number> = {}
  let mark = performance.now()
  const lap = (name: string) => {
    const now = performance.now()
    timings[name] = Math.round(now - mark)
    mark = now
  }

  const showIds: Array<number | string> = []
  for (let i = 0; i < options.shows; i += 1) {
    const show = await payload.create({
      collection: 'shows',
      data: {
        title: `${SHOW_WORDS[i % SHOW_WORDS.length]} ${LAST[i % LAST.length]} ${runId}-${i}`,
        slug: `${runId}-s${i}`,
      },
      context: { disableRevalidate: true },
    })
    showIds.push(show.id)
  }
  lap('shows (Local API)')

  // Five years of coverage, oldest first, ending now.
  const spanMs = Math.floor((5 * 365 * 24 * 3600 * 1000) / Math.max(1, options.articles))
  const startMs = Date.now() - options.articles * spanMs
  const generate = (characters: CharacterRef[], from: number, to: number) => {
    const out: GeneratedArticle[] = []
    for (let i = from; i < to; i += 1)
      out.push(generateArticle(i, runId, characters, showIds, startMs, spanMs))
    return out
  }

  // The bulk path skips the articles' hooks, so the characters' recent-articles lists (the
  // sidebar's source) are collected on the way and written in bulk with the articles.
  const collector = createListCollector()
  if (payload.db.name === 'mongoose') {
    await seedMongo(payload, options, runId, showIds, generate, 1_000, collector)
    lap('characters + articles + versions + recent-articles lists (insertMany)')
  } else {
    const client = (payload.db as unknown as { client: LibsqlClient }).client
    const characters = await seedSqliteCharacters(client, options.characters, runId, showIds)
    lap('characters (bulk INSERT)')
    await seedSqliteArticles(
      client,
      (from, to) => generate(characters, from, to),
      options.articles,
      500,
      collector,
    )
    lap('articles + rels + versions (bulk INSERT)')
    await seedSqliteLists(client, collector)
    lap('recent-articles lists (bulk INSERT)')
    await client.execute('ANALYZE')
    lap('ANALYZE')
  }
  return {
    runId,
    timings,
    firstSlug: `large-${runId}-0`,
    lastSlug: `large-${runId}-${options.articles - 1}`,
  }
}

const isMain = process.argv[1]?.endsWith('seedLarge.ts')
if (isMain) {
  const options: SeedLargeOptions = {
    articles: argValue('articles'),
    characters: argValue('characters', 5_000),
    shows: argValue('shows', 40),
  }
  const { default: config } = await import('../payload.config')
  const started = performance.now()
  const payload = await getPayload({ config })
  const result = await seedLarge(payload, options)
  const total = Math.round(performance.now() - started)

  // Read back as a reader would: the Local API with access control on.
  const check = await payload.find({
    collection: 'articles',
    overrideAccess: false,
    where: { slug: { equals: result.lastSlug } },
    depth: 0,
    limit: 1,
  })
  const doc = check.docs[0]
  const { totalDocs } = await payload.count({ collection: 'articles', overrideAccess: false })
  console.log(
    `seed:large: ${options.articles} articles, ${options.characters} characters, ${options.shows} shows on ${payload.db.name} in ${(total / 1000).toFixed(1)} s`,
  )
  for (const [name, ms] of Object.entries(result.timings)) console.log(`  ${name}: ${ms} ms`)
  console.log(
    `  read back ${result.lastSlug} through the Local API (overrideAccess: false): ${
      doc ? `${doc._status}, ${doc.characters?.length ?? 0} characters` : 'NOT FOUND'
    }; ${totalDocs} published articles readable in total`,
  )
  process.exit(doc ? 0 : 1)
}
