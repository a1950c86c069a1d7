import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'
import { generateCookie, parseCookies } from 'payload/shared'

import { siteUrl } from '@/utilities/siteUrl'

const COOKIE = 'spoilerproof-login-device'
const MAX_AGE_SECONDS = 180 * 24 * 60 * 60

const signature = (secret: string, device: string, email: string): string =>
  createHmac('sha256', secret).update(`${device}\n${email}`).digest('base64url')

/**
 * A "device cookie" (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser
 * that has signed in to an account gets a signed, random device id for it. Attempts from that
 * browser for that account are counted on their own, so a stranger's wrong passwords for the
 * account, which make it wait elsewhere, never lock its owner out on their own browser.
 * Returns the device id when the request carries a valid cookie for `email`.
 */
export const knownDevice = (req: PayloadRequest, email: string): string | undefined => {
  const [device, signed] = (parseCookies(req.headers).get(COOKIE) ?? '').split('.')
  if (!device || !signed) return undefined
  const expected = Buffer.from(signature(req.payload.secret, device, email))
  const given = Buffer.from(signed)
  return given.length === expected.length && timingSafeEqual(given, expected) ? device : undefined
}

/** The Set-Cookie value that marks this browser as a known device for `email`. */
export const deviceCookie = (req: PayloadRequest, email: string): string => {
  const device = randomBytes(16).toString('base64url')
  return generateCookie<false>({
    name: COOKIE,
    value: `${device}.${signature(req.payload.secret, device, email)}`,
    path: `${req.payload.config.routes.api}/users/login`,
    maxAge: MAX_AGE_SECONDS,
    httpOnly: true,
    sameSite: 'Lax',
    secure: siteUrl().startsWith('https://'),
    returnCookieAsObject: false,
  })
}
