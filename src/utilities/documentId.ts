/**
 * A document id as stored: a number on SQLite, an ObjectId string on MongoDB. Payload's own
 * `DefaultDocumentIDType` is the generated types' one (number), which MongoDB does not give.
 */
export type DocumentId = number | string
