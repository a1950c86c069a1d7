const formatter = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
})

/** "March 8, 2018". Formatted in UTC so the server and every reader agree on the day. */
export const formatDate = (value: string | null | undefined): string =>
  value ? formatter.format(new Date(value)) : ''

const timeFormatter = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
  timeZoneName: 'short',
})

/** "December 6, 2026 at 21:14:05 UTC", for staff messages that need the moment, not the day. */
export const formatDateTime = (value: string | Date): string =>
  timeFormatter.format(new Date(value))
