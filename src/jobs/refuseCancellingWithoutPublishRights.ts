import {
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  docAccessOperation,
  docAccessOperationGlobal,
  Forbidden,
  type PayloadRequest,
  type Where,
} from 'payload'

import { isPublisher } from '@/access/isPublisher'

type ScheduleInput = {
  doc?: { relationTo: CollectionSlug; value: number | string }
  global?: string
}

/** The same test Payload's own schedule drawer makes before it lists a document's schedule. */
const mayPublish = async (input: ScheduleInput | undefined, req: PayloadRequest) => {
  const data = { _status: 'published' }
  if (input?.doc) {
    const collection = req.payload.collections[input.doc.relationTo]
    const id = input.doc.value
    return Boolean(collection && (await docAccessOperation({ collection, data, id, req })).update)
  }
  const globalConfig = req.payload.config.globals.find(({ slug }) => slug === input?.global)
  if (globalConfig)
    return Boolean((await docAccessOperationGlobal({ data, globalConfig, req })).update)
  return isPublisher({ req })
}

/**
 * The admin's schedule-publish server function cancels a schedule by deleting its job with
 * `payload.delete`, access overridden, for any job id it is given, after checking only that
 * the caller may use the admin; job ids are small and sequential. So a user's delete of a
 * `schedulePublish` job is refused (403) unless they may publish its document. Deletes made
 * by the system (no user: the jobs runner, scripts) are not affected.
 */
export const refuseCancellingWithoutPublishRights: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'delete' || !req.user) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const { docs } = await req.payload.find({
    collection: 'payload-jobs',
    where: id !== undefined ? { id: { equals: id } } : (where ?? {}),
    depth: 0,
    pagination: false,
    req,
  })
  for (const job of docs) {
    if (job.taskSlug !== 'schedulePublish') continue
    if (!(await mayPublish(job.input as ScheduleInput | undefined, req))) throw new Forbidden(req.t)
  }
  return args
}
