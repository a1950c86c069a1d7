import { describe, expect, it, vi } from 'vitest'

import { bootInChild } from '../helpers/bootInChild'
import { adapterName, testPayload } from '../helpers/payload'

const NO_EMAIL_WARNING = 'No email adapter provided'

/** What a newcomer's `npm run dev` prints: only what matters. */
describe(`a quiet, honest log (${adapterName()})`, () => {
  it('should start in development without the "No email adapter" warning', () => {
    const result = bootInChild({ NODE_ENV: 'development' })
    expect(result.stderr + result.stdout).toContain('payload ready')
    expect(result.stdout + result.stderr).not.toContain(NO_EMAIL_WARNING)
  })

  it('should still warn in production, where no e-mail can be sent yet', () => {
    const result = bootInChild({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'quiet-log-test-secret-not-for-production',
    })
    expect(result.stderr + result.stdout).toContain('payload ready')
    expect(result.stdout + result.stderr).toContain(NO_EMAIL_WARNING)
  })

  it('should print an e-mail it does not send, with the link a developer needs', async () => {
    const payload = await testPayload()
    const info = vi.spyOn(payload.logger, 'info').mockImplementation(() => undefined)
    try {
      await payload.sendEmail({
        to: 'writer@example.com',
        subject: 'Reset your password',
        html: '<a href="http://localhost:3000/admin/reset/abc123">Reset</a>',
      })
      expect(info).toHaveBeenCalledTimes(1)
      expect(String(info.mock.calls[0]?.[0])).toBe(
        'E-mail not sent (development): to writer@example.com, “Reset your password” ' +
          'http://localhost:3000/admin/reset/abc123',
      )
    } finally {
      info.mockRestore()
    }
  })
})
