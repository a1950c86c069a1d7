import type { Payload } from 'payload'
import { expect } from 'vitest'

/** Payload's REST error answer: messages, and per-field errors under `data`. */
export type ErrorBody = {
  errors: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }>
}

/** How many articles (drafts included) carry exactly this title. */
export const countTitled = async (payload: Payload, title: string): Promise<number> =>
  (await payload.count({ collection: 'articles', where: { title: { equals: title } } })).totalDocs

/**
 * Expects `answer` to refuse an article's body with a 400 naming the `body` field, and no
 * article titled `title` to be stored; returns the message the editor is shown.
 */
export const expectBodyRefused = async ({
  payload,
  title,
  answer,
}: {
  payload: Payload
  title: string
  answer: Response
}): Promise<string> => {
  expect(answer.status).toBe(400)
  const fieldError = ((await answer.json()) as ErrorBody).errors[0]?.data?.errors?.[0]
  expect(fieldError?.path).toBe('body')
  expect(await countTitled(payload, title)).toBe(0)
  return fieldError!.message
}
