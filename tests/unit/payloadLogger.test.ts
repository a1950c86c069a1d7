import { type Logger, pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { logRefusalsOnOneLine } from '@/utilities/payloadLogger'

type Line = { level: number; msg?: string; err?: { stack?: string } }

const loggedLines = (log: (logger: Logger) => void): Line[] => {
  const lines: Line[] = []
  const logger = pino(
    { hooks: { logMethod: logRefusalsOnOneLine } },
    { write: (chunk: string) => lines.push(JSON.parse(chunk) as Line) },
  )
  log(logger)
  return lines
}

const withStatus = (message: string, status: number) =>
  Object.assign(new Error(message), { status })

describe('logRefusalsOnOneLine', () => {
  it('should write an error with a 4xx status as one info line with its status', () => {
    const lines = loggedLines((logger) => logger.error({ err: withStatus('In use.', 409) }))
    expect(lines).toEqual([expect.objectContaining({ level: 30, msg: '409 In use.' })])
    expect(JSON.stringify(lines)).not.toMatch(/stack/)
  })

  it('should keep a 500 and an error without a status at error level, with the stack', () => {
    for (const err of [withStatus('Broken.', 500), new Error('Crashed.')]) {
      const [line] = loggedLines((logger) => logger.error({ err }))
      expect(line?.level).toBe(50)
      expect(line?.err?.stack).toMatch(/\n\s+at /)
    }
  })

  it('should leave plain messages and other levels alone', () => {
    const lines = loggedLines((logger) => {
      logger.error('plain')
      logger.warn({ err: withStatus('Warned.', 400) })
    })
    expect(lines.map(({ level }) => level)).toEqual([50, 40])
  })
})
