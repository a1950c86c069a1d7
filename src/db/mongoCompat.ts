/**
 * Which MongoDB-compatible server the adapter is talking to, and the settings that follow.
 * The FerretDB 1.24 workarounds (no `$lookup`, no index hints, no projection on
 * `findAndModify`) cost a real MongoDB its joins in one round trip and its index hints, so
 * they are chosen from the server's own `buildInfo` reply, not assumed. See docs/mongodb.md.
 */
export type MongoServer = 'ferretdb' | 'mongodb'

export type MongoCompat = {
  server: MongoServer
  /** Payload resolves join fields with `$lookup`; FerretDB 1.24 has none. */
  useJoinAggregations: boolean
  /** FerretDB 1.24 rejects the index hints Payload sends with counts. */
  disableIndexHints: boolean
  /** FerretDB 1.24 refuses `findAndModify` with a projection (src/db/withoutUpdateProjection.ts). */
  dropUpdateProjection: boolean
}

const SETTINGS: Record<MongoServer, MongoCompat> = {
  ferretdb: {
    server: 'ferretdb',
    useJoinAggregations: false,
    disableIndexHints: true,
    dropUpdateProjection: true,
  },
  // Payload's own defaults for `mongooseAdapter`.
  mongodb: {
    server: 'mongodb',
    useJoinAggregations: true,
    disableIndexHints: false,
    dropUpdateProjection: false,
  },
}

/** FerretDB adds these to `buildInfo`; MongoDB (Atlas included) never sends them. */
const isFerretDB = (buildInfo: Record<string, unknown>): boolean =>
  'ferretdbVersion' in buildInfo || 'ferretdbFeatures' in buildInfo

/**
 * The settings for a server, from its `buildInfo` reply. `override` is `MONGODB_COMPAT`:
 * empty or `auto` trusts the server; `ferretdb` or `mongodb` forces one (e.g. a proxy that
 * hides FerretDB's fields). Anything else is a typo, refused rather than guessed.
 */
export const mongoCompatFor = (
  buildInfo: Record<string, unknown>,
  override: string | undefined = undefined,
): MongoCompat => {
  const forced = override?.trim().toLowerCase()
  if (!forced || forced === 'auto') {
    return { ...SETTINGS[isFerretDB(buildInfo) ? 'ferretdb' : 'mongodb'] }
  }
  if (forced === 'ferretdb' || forced === 'mongodb') return { ...SETTINGS[forced] }
  throw new Error(`MONGODB_COMPAT must be auto, ferretdb or mongodb, not "${override}".`)
}

/** The adapter fields Payload's MongoDB adapter reads at query time, plus what was detected. */
type CompatAdapter = {
  connection: { db?: { admin: () => { command: (c: object) => Promise<Record<string, unknown>> } } }
  useJoinAggregations: boolean
  disableIndexHints?: boolean
  mongoCompat?: MongoCompat
  payload: { logger: { info: (msg: string) => void } }
}

/**
 * `afterOpenConnection` for `mongooseAdapter`: asks the server what it is, then sets the two
 * options the adapter reads on every query. Until then Payload's defaults stand.
 */
export const detectMongoCompat = async (adapter: object): Promise<void> => {
  const db = adapter as CompatAdapter
  if (!db.connection.db) throw new Error('MongoDB connection has no database to ask buildInfo.')
  const buildInfo = await db.connection.db.admin().command({ buildInfo: 1 })
  const compat = mongoCompatFor(buildInfo, process.env.MONGODB_COMPAT)
  db.useJoinAggregations = compat.useJoinAggregations
  db.disableIndexHints = compat.disableIndexHints
  db.mongoCompat = compat
  if (compat.server === 'ferretdb') {
    db.payload.logger.info(
      'MongoDB server is FerretDB: no $lookup, no index hints, no update projection.',
    )
  }
}

/** Whether `updateOne` must drop its projection on this adapter (set by `detectMongoCompat`). */
export const dropsUpdateProjection = (adapter: object): boolean =>
  (adapter as CompatAdapter).mongoCompat?.dropUpdateProjection === true
