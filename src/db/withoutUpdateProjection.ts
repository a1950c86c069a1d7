import type { DatabaseAdapterObj } from 'payload'

/**
 * FerretDB 1.24 answers `findAndModify` with a projection (`fields`) by "not implemented", and
 * Payload's MongoDB adapter sends one whenever `updateOne` is given a `select`. The failed-login
 * counter does exactly that, so on FerretDB every wrong password was a 500 and no account ever
 * locked. Dropping the `select` makes the server return the whole document, of which callers
 * read only what they asked for. Only applied where `when(adapter)` holds (FerretDB, detected
 * on connect by src/db/mongoCompat.ts), so a real MongoDB keeps its projection. See docs/mongodb.md.
 */
export const withoutUpdateProjection = (
  adapterObj: DatabaseAdapterObj,
  when: (adapter: object) => boolean,
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args)
    const updateOne = adapter.updateOne
    adapter.updateOne = (updateArgs) =>
      updateOne.call(adapter, when(adapter) ? { ...updateArgs, select: undefined } : updateArgs)
    return adapter
  },
})
