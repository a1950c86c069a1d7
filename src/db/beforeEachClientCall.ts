import type { Client } from '@libsql/client'

/** The libsql client's instance methods that reach (and, after a transaction, reopen) the file. */
const CALLS = ['execute', 'batch', 'executeMultiple', 'migrate'] as const

/**
 * Runs `before` ahead of every call that reaches the database (told which, with its arguments), and `afterTransaction` once a
 * `transaction()` has taken the client's connection (libsql opens a new one on the next call).
 * Shared by the missing-file guard (neverCreateSqliteFile.ts) and the pragmas that must follow
 * each new connection (sqlitePragmas.ts).
 */
export type ClientCall = { name: (typeof CALLS)[number] | 'transaction'; args: unknown[] }

export const beforeEachClientCall = (
  client: Client,
  before: (call: ClientCall) => Promise<void> | void,
  afterTransaction?: () => void,
): Client => {
  for (const name of CALLS) {
    const original = (client[name] as (...args: unknown[]) => Promise<unknown>).bind(client)
    Object.assign(client, {
      [name]: async (...args: unknown[]) => {
        await before({ name, args })
        return original(...args)
      },
    })
  }
  const transaction = client.transaction.bind(client)
  client.transaction = async (...args: Parameters<Client['transaction']>) => {
    await before({ name: 'transaction', args })
    const tx = await transaction(...args)
    afterTransaction?.()
    return tx
  }
  return client
}
