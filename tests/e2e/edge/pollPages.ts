/** One GET as a reader (no cookies), or with the given headers. */
export const getPage = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers, redirect: 'manual' })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

type Page = Awaited<ReturnType<typeof getPage>>

/** A page and what a reader must see on it: a status, text present, text absent. */
export type Expectation = {
  url: string
  status?: number
  /** The path a redirect (`status` 307/308) points to. */
  location?: string
  contains?: string[]
  lacks?: string[]
}

const problems = (
  page: Page,
  { status = 200, location, contains = [], lacks = [] }: Expectation,
) => [
  ...(page.status === status ? [] : [`status ${page.status}`]),
  ...(location === undefined || page.headers.get('location')?.endsWith(location)
    ? []
    : [`redirects to ${page.headers.get('location')}`]),
  ...contains.filter((text) => !page.body.includes(text)).map((text) => `missing "${text}"`),
  ...lacks.filter((text) => page.body.includes(text)).map((text) => `still has "${text}"`),
]

/** How long past the deadline to keep watching a late page, to report when (if) it came. */
const GRACE_MS = 10_000

/**
 * Polls every page side by side until each one meets its expectation or the deadline passes
 * (the spec's 1 s after a save), and returns what still did not hold then: what was wrong,
 * and whether the page came right later (and when) or not at all.
 */
export const unmetWithin = async (expectations: Expectation[], deadlineMs: number) => {
  const started = Date.now()
  const failures = await Promise.all(
    expectations.map(async (expectation) => {
      let wrong: string[] = ['no answer']
      for (;;) {
        const page = await getPage(expectation.url).catch(() => null)
        const elapsed = Date.now() - started
        if (page) {
          const found = problems(page, expectation)
          if (found.length === 0) {
            return elapsed <= deadlineMs
              ? null
              : `${expectation.url}: ${wrong.join(', ')} at ${deadlineMs} ms; right after ${elapsed} ms`
          }
          if (elapsed <= deadlineMs) wrong = found
        }
        if (elapsed > deadlineMs + GRACE_MS) {
          return `${expectation.url}: ${wrong.join(', ')} at ${deadlineMs} ms, still after ${elapsed} ms`
        }
        await new Promise((resolve) => setTimeout(resolve, 40))
      }
    }),
  )
  return failures.filter((failure): failure is string => failure !== null)
}

/**
 * Watches pages for the whole window and returns those on which `text` appeared even once:
 * for what must never be seen (a draft at the edge), not just "not seen at the end".
 */
export const seenWithin = async (urls: string[], text: string, windowMs: number) => {
  const until = Date.now() + windowMs
  const seen = new Set<string>()
  await Promise.all(
    urls.map(async (url) => {
      while (Date.now() < until) {
        const page = await getPage(url).catch(() => null)
        if (page?.body.includes(text)) seen.add(url)
        await new Promise((resolve) => setTimeout(resolve, 40))
      }
    }),
  )
  return [...seen]
}
