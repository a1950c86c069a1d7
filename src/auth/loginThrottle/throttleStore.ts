/** How many attempts a key gets before it must wait, and how that wait grows. */
export type ThrottlePolicy = { freeAttempts: number; firstWaitMs: number; maxWaitMs: number }

/** One counter: a client or known device with one account, one account, or one client. */
export type ThrottleKey = { key: string; policy: ThrottlePolicy }

type Entry = { attempts: number; blockedUntil: number; lastAt: number }

type ThrottleStoreOptions = {
  /** Entries kept at most; the least recently used goes first. Bounds memory under a flood. */
  maxEntries: number
  /** A key untouched this long after its wait ended starts again from zero. */
  forgetAfterMs: number
  now?: () => number
}

/**
 * Login attempts per key, in memory, with exponential backoff: after `freeAttempts`, each
 * further attempt must wait `firstWaitMs`, doubling up to `maxWaitMs`. Attempts are counted
 * before the password is checked, so a burst of parallel guesses cannot slip past the count; a
 * successful login forgives its own attempt. Bounded by `maxEntries`: evicting a key only
 * gives an attacker back a few attempts, never anyone else's account.
 */
export class ThrottleStore {
  private readonly entries = new Map<string, Entry>()
  private readonly now: () => number

  constructor(private readonly options: ThrottleStoreOptions) {
    this.now = options.now ?? (() => Date.now())
  }

  private read(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    const quietSince = Math.max(entry.blockedUntil, entry.lastAt)
    if (this.now() - quietSince > this.options.forgetAfterMs) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  private write(key: string, entry: Entry): void {
    // Re-inserting keeps the Map in least-recently-used order for eviction.
    this.entries.delete(key)
    this.entries.set(key, entry)
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.entries.delete(oldest)
    }
  }

  /** How long the caller must still wait, the longest over the keys; 0 when none blocks. */
  waitMs(keys: ThrottleKey[]): number {
    const now = this.now()
    return Math.max(0, ...keys.map(({ key }) => (this.read(key)?.blockedUntil ?? 0) - now))
  }

  /** Counts one attempt on every key, starting a key's wait once its free attempts are used. */
  count(keys: ThrottleKey[]): void {
    const now = this.now()
    for (const { key, policy } of keys) {
      const attempts = (this.read(key)?.attempts ?? 0) + 1
      const over = attempts - policy.freeAttempts
      const wait = over < 0 ? 0 : Math.min(policy.firstWaitMs * 2 ** over, policy.maxWaitMs)
      this.write(key, { attempts, blockedUntil: wait > 0 ? now + wait : 0, lastAt: now })
    }
  }

  /** Takes one counted attempt back (a login that succeeded); the wait it started ends. */
  forgiveOne(key: string): void {
    const entry = this.read(key)
    if (!entry) return
    if (entry.attempts <= 1) this.entries.delete(key)
    else this.write(key, { attempts: entry.attempts - 1, blockedUntil: 0, lastAt: entry.lastAt })
  }

  forget(key: string): void {
    this.entries.delete(key)
  }

  /** Forgets every key that contains `part`, e.g. all counters of one account. */
  forgetMatching(part: string): void {
    for (const key of [...this.entries.keys()]) if (key.includes(part)) this.entries.delete(key)
  }

  get size(): number {
    return this.entries.size
  }
}
