const formatter = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
})

/** "March 8, 2018". Formatted in UTC so the server and every reader agree on the day. */
export const formatDate = (value: string | null | undefined): string =>
  value ? formatter.format(new Date(value)) : ''
