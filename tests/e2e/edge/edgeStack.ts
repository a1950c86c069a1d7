import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEdgeStack as startStack } from '../../../scripts/edge/startEdgeStack.mjs'
import { freePort, startFerretDB } from '../../../scripts/lib/mongoTestServer.mjs'

export type Adapter = 'sqlite' | 'mongo'

type Stack = Awaited<ReturnType<typeof startStack>>

/**
 * Redis, two `next start` instances of the e2e build on one database (one SQLite file, or
 * one Mongo-wire server this starts), and Varnish in front of both
 * (scripts/edge/startEdgeStack.mjs). Saves go through `a`; `b` and the edge are the readers.
 */
export type EdgeStack = Omit<Stack, 'instances' | 'stop'> & {
  a: Stack['instances'][number]
  b: Stack['instances'][number]
  stop: () => Promise<void>
}

export const startEdgeStack = async (adapter: Adapter): Promise<EdgeStack> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cms-edge-${adapter}-`))
  let ferret: Awaited<ReturnType<typeof startFerretDB>> | null = null
  try {
    let databaseUri = `file:${path.join(dir, 'cms.db')}`
    if (adapter === 'mongo') {
      ferret = await startFerretDB({
        port: await freePort(),
        dataDir: path.join(dir, 'ferretdb'),
        tmpDir: dir,
      })
      databaseUri = ferret.uri.replace(/\/cms_test$/, '/cms_edge')
    }
    const stack = await startStack({
      dir,
      databaseUri,
      secret: 'e2e-edge-secret-not-for-production',
    })
    const [a, b] = stack.instances
    const stopStack = stack.stop
    return Object.assign(stack, {
      a,
      b,
      stop: async () => {
        await stopStack()
        await ferret?.stop()
        fs.rmSync(dir, { recursive: true, force: true })
      },
    })
  } catch (error) {
    await ferret?.stop()
    throw new Error(`${String(error)} (work files kept in ${dir})`)
  }
}
