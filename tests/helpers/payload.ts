import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** Writes from tests run outside Next: nothing to revalidate. */
export const testContext = { disableRevalidate: true }

/** The Payload instance for the database named by DATABASE_URI (set by scripts/testInt.mjs). */
export const testPayload = (): Promise<Payload> => getPayload({ config })

/** Which adapter this run exercises, for test names and adapter-specific expectations. */
export const adapterName = (): 'sqlite' | 'mongodb' =>
  process.env.DATABASE_URI?.startsWith('mongodb') ? 'mongodb' : 'sqlite'

/** A short unique suffix so parallel runs and reruns never collide on slugs or e-mails. */
export const uniqueSuffix = (): string =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
