import pLimit from 'p-limit'
import type { SharpDependency } from 'payload'
import sharp, { type Sharp } from 'sharp'

import { IMAGE_WORK_CONCURRENCY } from './imageLimits'

/** The queue every image pipeline of this process waits in (see IMAGE_WORK_CONCURRENCY). */
export const imageWork = pLimit(IMAGE_WORK_CONCURRENCY)

/**
 * Makes the instance's output calls (where sharp decodes, resizes and encodes) wait their turn
 * in `imageWork`. Reading metadata, which parses only the header, is not queued. Payload uses
 * the promise forms only; a callback form would run unqueued.
 */
const bound = (instance: Sharp): Sharp => {
  const toBuffer = instance.toBuffer.bind(instance) as (...args: unknown[]) => unknown
  const toFile = instance.toFile.bind(instance) as (...args: unknown[]) => unknown
  const clone = instance.clone.bind(instance)
  const queued =
    (output: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) =>
      typeof args.at(-1) === 'function' ? output(...args) : imageWork(() => output(...args))
  return Object.assign(instance, {
    toBuffer: queued(toBuffer),
    toFile: queued(toFile),
    // Payload resizes each size from a clone of the original's pipeline.
    clone: () => bound(clone()),
  }) as Sharp
}

/**
 * sharp as Payload gets it (`sharp` in payload.config.ts): every upload's image work, the
 * stored original and each size, goes through one queue, so concurrent uploads cannot take
 * every core, the memory and the thread pool that logins and file reads also need.
 */
export const boundedSharp: SharpDependency = (input, options) => bound(sharp(input, options))
