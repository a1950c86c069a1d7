/**
 * Node 20's ESM loader can deadlock (exit 13, no output) on Lexical's `*.node.mjs` entry
 * points, which pick a dev or prod build with a top-level `await import()`. Resolving the
 * `development` / `production` export condition loads those builds directly and avoids it.
 * See docs/architecture.md, "Node 20 and Lexical".
 */
export const withLexicalCondition = (env, mode = 'development') => ({
  ...env,
  NODE_OPTIONS: `--conditions=${mode} ${env.NODE_OPTIONS ?? ''}`.trim(),
})
