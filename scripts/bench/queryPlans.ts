/**
 * The query plans of captured statements: `EXPLAIN QUERY PLAN` on SQLite, `explain()` on
 * MongoDB, each flattened to one line per step for the bench's table.
 */
import type { Payload } from 'payload'

import type { Captured } from './captureQueries'

export const sqlitePlans = async (payload: Payload, statements: Captured[]) => {
  const client = (
    payload.db as unknown as {
      client: { execute: (s: { sql: string; args: unknown[] }) => Promise<{ rows: unknown[] }> }
    }
  ).client
  const plans: Array<{ query: string; plan: string[] }> = []
  for (const statement of statements) {
    if (!statement.sql || !/^\s*select/i.test(statement.sql)) continue
    const { rows } = await client.execute({
      sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
      args: statement.args ?? [],
    })
    plans.push({
      query: statement.sql.replace(/\s+/g, ' ').slice(0, 160),
      plan: rows.map((row) => String((row as Record<string, unknown>).detail)),
    })
  }
  return plans
}

/* eslint-disable @typescript-eslint/no-explicit-any -- explain() output differs per server */
export const mongoPlans = async (payload: Payload, calls: Captured[]) => {
  const db = (
    payload.db as unknown as {
      connection: { db: { collection: (name: string) => any } }
    }
  ).connection.db
  const plans: Array<{ query: string; plan: string[] }> = []
  for (const call of calls) {
    if (call.method !== 'find' || !call.collection) continue
    const [filter, options] = (call.call ?? []) as [Record<string, unknown>, Record<string, any>]
    const cursor = db.collection(call.collection).find(filter, {
      sort: options?.sort,
      limit: options?.limit,
      projection: options?.projection,
    })
    let explained: any
    try {
      explained = await cursor.explain()
    } catch (error) {
      explained = { error: String(error) }
    }
    const planner = explained?.queryPlanner ?? {}
    const winning = planner.winningPlan ?? {}
    const describe = (stage: any): string[] =>
      stage
        ? [
            `${stage.stage ?? stage.Stage ?? '?'}${stage.indexName ? ` index=${stage.indexName}` : ''}`,
            ...describe(stage.inputStage),
          ]
        : []
    plans.push({
      query: `${call.collection}.find(${JSON.stringify(filter).slice(0, 140)}) sort=${JSON.stringify(options?.sort ?? {})}`,
      plan: [
        ...describe(winning),
        ...(explained?.pushdown !== undefined
          ? [`pushdown=${JSON.stringify(explained.pushdown)}`]
          : []),
        ...(planner.Plan ? [String(JSON.stringify(planner.Plan)).slice(0, 300)] : []),
        ...(explained?.error ? [explained.error] : []),
        ...(winning.stage || planner.Plan ? [] : [JSON.stringify(explained).slice(0, 400)]),
      ],
    })
  }
  return plans
}

/* eslint-enable @typescript-eslint/no-explicit-any */
