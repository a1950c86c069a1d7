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
  /** A multipart body (uploads); sent instead of `body`. */
  form?: FormData
  /** JSON already serialized (e.g. nested deeper than JSON.stringify can go); instead of `body`. */
  json?: string
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
  form,
  json,
  headers = {},
}: RestRequest): Promise<Response> => {
  const url = new URL(`http://localhost:3000/api${path}`)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const isJson = (body !== undefined || json !== undefined) && form === undefined
  // A form is encoded up front, as the bytes a browser sends. Given the FormData itself, Node
  // 24's fetch streams it, and when Payload stops reading early (a refused upload) that stream
  // throws "ReadableStream is already closed" where no test can catch it.
  const multipart = form ? new Response(form) : undefined
  const request = new Request(url, {
    method,
    headers: {
      ...(isJson ? { 'content-type': 'application/json' } : {}),
      ...(multipart ? { 'content-type': multipart.headers.get('content-type') ?? '' } : {}),
      ...headers,
    },
    body: multipart
      ? await multipart.arrayBuffer()
      : (json ?? (isJson ? JSON.stringify(body) : undefined)),
  })
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

/** Logs in through REST and returns the raw token, as the login response carries it. */
export const restLoginToken = async (email: string, password: string): Promise<string> => {
  const response = await rest({ method: 'POST', path: '/users/login', body: { email, password } })
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  return token
}

/** Logs in through REST and returns the `Authorization` header for later calls. */
export const restLogin = async (
  email: string,
  password: string,
): Promise<Record<string, string>> => ({
  Authorization: `JWT ${await restLoginToken(email, password)}`,
})
