/**
 * Captures the statements a database adapter sends (libsql client calls on SQLite, mongoose's
 * debug hook on MongoDB), so the bench can count and explain what one call really ran.
 * Reaches into adapter internals: listed in docs/upgrade-checklist.md.
 */
import type { Payload } from 'payload'

export type Captured = {
  sql?: string
  args?: unknown[]
  collection?: string
  method?: string
  call?: unknown[]
}

/** Records the statements the adapter sends while `capturing` is on. */
export const installCapture = (payload: Payload) => {
  const state = { capturing: false, captured: [] as Captured[], count: 0 }
  if (payload.db.name === 'mongoose') {
    const mongoose = (
      payload.db as unknown as { connection: { base: { set: (k: string, v: unknown) => void } } }
    ).connection.base
    mongoose.set('debug', (collection: string, method: string, ...call: unknown[]) => {
      if (!state.capturing) return
      state.count += 1
      state.captured.push({ collection, method, call })
    })
  } else {
    const client = (
      payload.db as unknown as { client: Record<string, (...a: unknown[]) => unknown> }
    ).client
    for (const method of ['execute', 'batch'] as const) {
      const original = client[method].bind(client)
      client[method] = (...args: unknown[]) => {
        if (state.capturing) {
          state.count += 1
          const stmt = args[0] as { sql: string; args: unknown[] } | string
          if (typeof stmt === 'string') state.captured.push({ sql: stmt, args: [] })
          else if (!Array.isArray(stmt)) state.captured.push({ sql: stmt.sql, args: stmt.args })
        }
        return original(...args)
      }
    }
  }
  return state
}
