import type { EmailAdapter, SendEmailOptions } from 'payload'

type Env = Record<string, string | undefined>

type Recipient = SendEmailOptions['to']

const addressesOf = (to: Recipient): string => {
  const list = Array.isArray(to) ? to : to ? [to] : []
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.address)).join(', ')
}

/** Links in a message (a password reset's, say), so a developer can follow them from the log. */
const linksIn = (message: SendEmailOptions): string[] => {
  const body = [message.text, message.html].filter((part) => typeof part === 'string').join(' ')
  return [...new Set(body.match(/https?:\/\/[^\s"'<>]+/g) ?? [])]
}

/**
 * Development and tests: nothing is sent, and each e-mail Payload would send is one log line
 * (recipient, subject, links), so a password reset can still be finished locally.
 */
const printedEmailAdapter: EmailAdapter = ({ payload }) => ({
  name: 'printed',
  defaultFromAddress: 'newsroom@localhost',
  defaultFromName: 'Spoilerproof',
  sendEmail: async (message) => {
    const links = linksIn(message)
    payload.logger.info(
      `E-mail not sent (development): to ${addressesOf(message.to)}, “${message.subject ?? ''}”` +
        (links.length > 0 ? ` ${links.join(' ')}` : ''),
    )
  },
})

/**
 * The Payload `email` setting. Outside production, e-mails are printed (above) instead of
 * Payload's warning at every start that none can be sent. In production it is left unset, so
 * Payload keeps saying so at start-up until a real adapter (e.g. `@payloadcms/email-nodemailer`)
 * is configured here: password resets cannot reach anyone without one.
 */
export const emailAdapter = (env: Env = process.env): EmailAdapter | undefined =>
  env.NODE_ENV === 'production' ? undefined : printedEmailAdapter
