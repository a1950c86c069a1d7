import { ThrottleStore } from './throttleStore'

/**
 * The login throttle of this server process. In memory: attempts are counted before the
 * password check, with no database write per attempt. Several instances behind a load
 * balancer each count on their own (docs/security.md, #29).
 */
export const loginThrottle = new ThrottleStore({ maxEntries: 20_000, forgetAfterMs: 15 * 60_000 })
