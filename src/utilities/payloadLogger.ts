import { type Config, defaultLoggerOptions } from 'payload'

type LoggerConfig = Extract<NonNullable<Config['logger']>, { options: unknown }>
type LogMethodHook = NonNullable<NonNullable<LoggerConfig['options']['hooks']>['logMethod']>

const ERROR_LEVEL = 50

/** The 4xx status of an error Payload logs as `{ err }`, if it has one. */
const refusalStatus = (entry: unknown): number | undefined => {
  if (typeof entry !== 'object' || entry === null || !('err' in entry)) return undefined
  const status = (entry.err as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/**
 * Payload logs every error a request ends in with its stack, at `error` level, unless
 * `loggingLevels` names the error's class: a wrong password, a 409 or a refused query printed an
 * ERROR and a stack trace, burying real failures. `loggingLevels` cannot help with `APIError`,
 * which Payload and we throw for refusals (400, 409, 413, 429…) and for real failures (500)
 * alike. So an error that carries a 4xx status is written as one info line, its status and
 * message; anything else (a 500, a crash) keeps its stack.
 */
export const logRefusalsOnOneLine: LogMethodHook = function (args, method, level) {
  const status = level >= ERROR_LEVEL ? refusalStatus(args[0]) : undefined
  if (status === undefined) return method.apply(this, args)
  const { message } = (args[0] as { err: { message?: string } }).err
  this.info(`${status} ${message ?? 'refused'}`)
}

/** Payload's default pretty logger, with refusals on one line. */
export const payloadLogger: LoggerConfig = {
  options: { hooks: { logMethod: logRefusalsOnOneLine } },
  destination: defaultLoggerOptions,
}
