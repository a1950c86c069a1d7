import type { Config } from 'payload'

import { isPublisher } from '@/access/isPublisher'

import { holdsJobsLease } from './jobsLease'

/**
 * Payload's schedule-publish drawer queues its `schedulePublish` jobs without naming a queue,
 * so they land on the `default` queue.
 */
export const SCHEDULE_PUBLISH_QUEUE = 'default'

/** `PAYLOAD_JOBS_AUTORUN=false` turns the in-process runner off (e.g. for a separate worker). */
export const isJobsAutoRunEnabled = (
  env: Record<string, string | undefined> = process.env,
): boolean => !['false', '0', 'off'].includes((env.PAYLOAD_JOBS_AUTORUN ?? '').trim().toLowerCase())

/**
 * Whether this process runs due jobs on this tick. With REDIS_URL (several instances on one
 * database) only the instance holding the jobs lease does (src/jobs/jobsLease.ts); without it,
 * the one process does, as before.
 */
export const shouldRunJobsNow = async (
  env: Record<string, string | undefined> = process.env,
): Promise<boolean> => {
  if (!isJobsAutoRunEnabled(env)) return false
  return env.REDIS_URL ? holdsJobsLease(env.REDIS_URL) : true
}

/**
 * The jobs runner inside the server process, for `npm run dev` and `npm start` alike: every
 * minute it runs the jobs that are due, which publishes scheduled articles at their time.
 * Payload only starts this cron once something initialises it with `cron: true` (an admin or
 * API request, or `src/instrumentation.ts` at server start).
 */
export const jobsConfig: Config['jobs'] = {
  // Payload lets any signed-in user run, queue or cancel jobs; here they follow the publish
  // rights. `run` guards GET /api/payload-jobs/run and /handle-schedules. Cancelling through
  // the admin's schedule drawer is guarded by refuseCancellingWithoutPublishRights.
  access: { run: isPublisher, queue: isPublisher, cancel: isPublisher },
  autoRun: [{ cron: '* * * * *', queue: SCHEDULE_PUBLISH_QUEUE, limit: 10 }],
  shouldAutoRun: () => shouldRunJobsNow(),
}
