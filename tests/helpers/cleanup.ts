import type { Payload } from 'payload'

import { testContext } from './payload'

/** The field each collection's test documents carry the file's unique suffix in. */
const NAMED_BY = { articles: 'title', shows: 'title', characters: 'name' } as const

/**
 * Deletes every document a test file made in `collections`, found by the unique suffix in its
 * title or name, in the order given (articles before the characters they tag). For `afterAll`,
 * so a failed test leaves nothing for the next file.
 */
export const deleteSuffixed = async (
  payload: Payload,
  suffix: string,
  collections: Array<keyof typeof NAMED_BY>,
): Promise<void> => {
  for (const collection of collections) {
    await payload.delete({
      collection,
      where: { [NAMED_BY[collection]]: { like: suffix } },
      context: testContext,
    })
  }
}
