import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { MongoCompat } from '@/db/mongoCompat'

import { adapterName, testPayload } from '../helpers/payload'

type CompatAdapter = {
  mongoCompat?: MongoCompat
  useJoinAggregations?: boolean
  disableIndexHints?: boolean
}

/**
 * The FerretDB workarounds must follow the server actually connected to, so a real MongoDB
 * (Atlas) keeps Payload's defaults. The test server here is FerretDB 1.24 unless
 * MONGODB_TEST_URI or a `mongod` on the PATH is used instead (scripts/testInt.mjs).
 */
describe(`MongoDB compatibility settings (${adapterName()})`, () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it.runIf(adapterName() === 'mongodb')(
    'should detect the server and apply the FerretDB settings only to FerretDB',
    async () => {
      const db = payload.db as unknown as CompatAdapter & {
        connection: { db: { admin: () => { command: (c: object) => Promise<object> } } }
      }
      const buildInfo = await db.connection.db.admin().command({ buildInfo: 1 })
      const isFerretDB = 'ferretdbVersion' in buildInfo

      expect(db.mongoCompat?.server).toBe(isFerretDB ? 'ferretdb' : 'mongodb')
      expect(db.useJoinAggregations).toBe(!isFerretDB)
      expect(db.disableIndexHints).toBe(isFerretDB)
      expect(db.mongoCompat?.dropUpdateProjection).toBe(isFerretDB)
    },
  )
})
