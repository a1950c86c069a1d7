import { conditionProblem } from './conditionProblem'
import { isPlainObject } from './isPlainObject'
import { fieldChain, holdsSeveral, pathProblem } from './pathProblem'
import { type QueryTarget, resolvePath } from './queryTarget'

/**
 * What is wrong with a client's `where` (already parsed from the query string or JSON), or
 * undefined: its shape (conditions are objects of operators, `and`/`or` are lists of
 * conditions) and each condition's value for the field it names (`conditionProblem`).
 * Iterative over the nesting, so a deep `and`/`or` chain cannot exhaust the stack.
 */
export const whereProblem = (
  where: unknown,
  target: QueryTarget,
  at = 'where',
): string | undefined => {
  const stack: Array<{ node: unknown; at: string }> = [{ node: where, at }]
  while (stack.length > 0) {
    const { node, at: here } = stack.pop()!
    if (!isPlainObject(node)) {
      return `${here} must be an object of conditions, e.g. where[title][equals]=…`
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value) && !isPlainObject(value)) {
          return `${here}.${key} must be a list of conditions, e.g. where[${key}][0][title][equals]=…`
        }
        for (const [index, item] of Object.entries(value)) {
          if (!isPlainObject(item))
            return `${here}.${key}.${index} must be an object of conditions.`
          stack.push({ node: item, at: `${here}.${key}.${index}` })
        }
        continue
      }
      if (!isPlainObject(value)) {
        return `${here}.${key} must name an operator, e.g. where[${key}][equals]=…`
      }
      const chain = fieldChain(target, key)
      const unqueryable = pathProblem(chain, key, `${here}.${key}`)
      if (unqueryable) return unqueryable
      // `document.relationTo` of a polymorphic relationship takes a collection slug, not an id.
      const resolved = key.endsWith('.relationTo') ? undefined : resolvePath(target, key)
      for (const [operator, operand] of Object.entries(value)) {
        const problem = conditionProblem({
          target,
          path: key,
          operator,
          value: operand,
          resolved,
          holdsSeveral: holdsSeveral(chain),
          at: `${here}.${key}.${operator}`,
        })
        if (problem) return problem
      }
    }
  }
  return undefined
}
