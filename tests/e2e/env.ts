/** Where the production server for browser tests listens. Loopback only. */
export const E2E_PORT = Number(process.env.E2E_PORT || 3100)
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`

/** A second `next start` of the same build, on MongoDB (databaseOutageMongo.e2e.spec.ts). */
export const E2E_MONGO_PORT = E2E_PORT + 1
export const E2E_MONGO_BASE_URL = `http://127.0.0.1:${E2E_MONGO_PORT}`
