/**
 * The local-development login. Printed by `npm run dev` and listed in the README; never
 * created when NODE_ENV is production.
 */
export const DEMO_EDITOR = {
  email: 'editor@example.com',
  password: 'spoilers-ahead',
  name: 'Demo Editor',
} as const
