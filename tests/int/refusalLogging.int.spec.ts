import type { Payload } from 'payload'
import { symbols } from 'pino'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { deleteSuffixed } from '../helpers/cleanup'
import { adapterName, testContext, testPayload, uniqueSuffix } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createStaff, deleteStaff, STAFF_PASSWORD, type StaffMember } from '../helpers/staff'

type LogLine = { level: number; msg?: string; err?: { stack?: string } }
type Stream = { write: (chunk: string) => boolean }

/**
 * The JSON lines Payload's logger writes while `run` runs, taken at its destination stream
 * (before pino-pretty formats them), so they are exactly what the server would print.
 */
const logLinesDuring = async (payload: Payload, run: () => Promise<void>): Promise<LogLine[]> => {
  const stream = (payload.logger as unknown as Record<symbol, Stream>)[symbols.streamSym]
  const lines: LogLine[] = []
  const write = stream.write
  stream.write = (chunk: string) => {
    lines.push(JSON.parse(chunk) as LogLine)
    return true
  }
  try {
    await run()
  } finally {
    stream.write = write
  }
  return lines
}

const ERROR = 50
const INFO = 30

describe(`an ordinary refusal logs one line, a real failure its stack (${adapterName()})`, () => {
  let payload: Payload
  let editor: StaffMember
  const suffix = uniqueSuffix()
  let usedShowId: number | string

  beforeAll(async () => {
    payload = await testPayload()
    editor = await createStaff({ payload, role: 'editor', suffix })
    const show = await payload.create({
      collection: 'shows',
      data: { title: `Logged show ${suffix}` },
      context: testContext,
    })
    usedShowId = show.id
    await payload.create({
      collection: 'characters',
      data: { name: `Logged character ${suffix}`, appearances: [{ show: show.id }] },
      context: testContext,
    })
  })

  afterAll(async () => {
    await deleteSuffixed(payload, suffix, ['characters'])
    await payload.delete({ collection: 'shows', id: usedShowId, context: testContext })
    await deleteStaff(payload, [editor])
  })

  it('should log each refusal (401, 403, 404, 400, 409, 413) as one info line without a stack', async () => {
    const refusals = [
      {
        status: 401,
        ask: () =>
          rest({
            method: 'POST',
            path: '/users/login',
            body: { email: editor.user.email, password: `not-${STAFF_PASSWORD}` },
          }),
      },
      { status: 403, ask: () => rest({ method: 'POST', path: '/shows', body: { title: 'x' } }) },
      { status: 404, ask: () => rest({ method: 'GET', path: '/articles/abc' }) },
      {
        status: 400,
        ask: () => rest({ method: 'GET', path: '/articles?where[nofield][equals]=1' }),
      },
      {
        status: 400,
        ask: () => rest({ method: 'GET', path: '/articles?where[publishedAt][equals]=notadate' }),
      },
      {
        status: 409,
        ask: () =>
          rest({ method: 'DELETE', path: `/shows/${usedShowId}`, headers: editor.headers }),
      },
      {
        status: 413,
        ask: () =>
          rest({
            method: 'POST',
            path: '/shows',
            body: { title: 'x', synopsis: 'x'.repeat(5 * 1024 * 1024) },
            headers: editor.headers,
          }),
      },
    ]
    for (const { status, ask } of refusals) {
      let answered = 0
      const lines = await logLinesDuring(payload, async () => {
        answered = (await ask()).status
      })
      expect(answered).toBe(status)
      expect({ status, lines: lines.length }).toEqual({ status, lines: 1 })
      expect(lines[0]).toMatchObject({ level: INFO, msg: expect.any(String) })
      expect(JSON.stringify(lines[0])).not.toMatch(/stack|\\n\s+at /)
    }
  })

  it('should still log an unexpected failure as an error with its stack', async () => {
    const failure = vi
      .spyOn(payload.db, 'find')
      .mockRejectedValueOnce(new Error(`the disk is on fire ${suffix}`))
    let answered = 0
    const lines = await logLinesDuring(payload, async () => {
      answered = (await rest({ method: 'GET', path: '/shows?depth=0' })).status
    })
    failure.mockRestore()
    expect(answered).toBe(500)
    const logged = lines.find((line) => line.level === ERROR)
    expect(logged?.err?.stack).toMatch(
      new RegExp(`the disk is on fire ${suffix}[\\s\\S]*\\n\\s+at `),
    )
  })
})
