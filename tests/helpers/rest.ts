import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers = {
  DELETE: REST_DELETE(config),
  GET: REST_GET(config),
  PATCH: REST_PATCH(config),
  POST: REST_POST(config),
}

type RestRequest = {
  method: keyof typeof handlers
  /** Path after /api, e.g. `/articles?where[...]=...`. */
  path: string
  body?: unknown
  headers?: Record<string, string>
}

/**
 * Calls Payload's real REST route handlers (the ones mounted at /api in Next) with a real
 * Request, without starting an HTTP server.
 */
export const rest = async ({
  method,
  path,
  body,
  headers = {},
}: RestRequest): Promise<Response> => {
  const url = new URL(`http://localhost:3000/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const request = new Request(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

/** Logs in through REST and returns the `Authorization` header for later calls. */
export const restLogin = async (
  email: string,
  password: string,
): Promise<Record<string, string>> => {
  const response = await rest({ method: 'POST', path: '/users/login', body: { email, password } })
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  return { Authorization: `JWT ${token}` }
}
