import fs from 'node:fs/promises'
import path from 'node:path'

import {
  type CollectionSlug,
  headersWithCors,
  type PayloadRequest,
  type UploadConfig,
  type Where,
} from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/** Whether any document of the collection names this file, as its original or one of its sizes. */
const isReferenced = async (req: PayloadRequest, collection: CollectionSlug, filename: string) => {
  const upload = req.payload.collections[collection]?.config.upload
  const sizes = (typeof upload === 'object' && upload.imageSizes) || []
  const where: Where = {
    or: [
      { filename: { equals: filename } },
      ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
    ],
  }
  const { totalDocs } = await req.payload.count({ collection, where, req })
  return totalDocs > 0
}

/**
 * An upload `handlers` entry, run before Payload serves a file from `staticDir`: when the file
 * is not on disk it answers 404, where Payload 3.90 answers 500 "Something went wrong." (and
 * `/_next/image` of it, a 500 too). A file that a document still names is an operator's
 * problem (a lost volume, a partial restore) and is logged once as a warning; an unknown name is
 * a reader's ordinary 404. Otherwise it answers nothing and Payload serves the file as usual.
 */
export const answerMissingFile = (staticDir: string): FileHandler =>
  // Payload's type spells "a Response, or nothing" as Promise<Response> | Promise<void>.
  (async (
    req: PayloadRequest,
    { params: { collection, filename } }: Parameters<FileHandler>[1],
  ) => {
    const root = path.resolve(staticDir)
    const filePath = path.resolve(root, filename)
    // Names outside the directory are Payload's to refuse (400).
    if (!filePath.startsWith(root + path.sep)) return
    try {
      await fs.stat(filePath)
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    if (await isReferenced(req, collection as CollectionSlug, filename)) {
      req.payload.logger.warn(`The ${collection} file ${filename} is missing from ${root}.`)
    }
    return Response.json(
      { errors: [{ message: 'The requested file was not found.' }] },
      { status: 404, headers: headersWithCors({ headers: new Headers(), req }) },
    )
  }) as FileHandler
