/**
 * The command line of `npm run bench`: every flag, its default in a full and a `--quick` run,
 * and the `--help` text that lists them.
 */

export const HELP = `npm run bench [-- options]

Prints one table and writes the same figures as JSON to bench/results/<timestamp>.json.
Everything runs on 127.0.0.1; work files live in .tmp/bench/. See docs/performance.md.

  --quick               CI smoke run: 1,000 articles, short load runs, no FerretDB
  --sizes 1000,10000    SQLite corpus sizes (default 1000,10000,100000; 1000 with --quick)
  --mongo-sizes 1000    FerretDB corpus sizes (default 1000,10000; 1000 with --quick)
  --mongo               measure FerretDB in a --quick run too
  --no-mongo            skip FerretDB
  --mongo-timeout S     seconds allowed per FerretDB corpus (default 900)
  --fresh               reseed the SQLite corpora even when their files exist
  --build               run next build even when a .next build exists
  --no-lighthouse       skip the Lighthouse run
  --duration S          seconds per load run (default 15; 3 with --quick)
  --rounds N            interleaved load rounds (default 3; 2 with --quick)
  --help                print this and exit`

const sizeList = (value) =>
  value
    .split(',')
    .map(Number)
    .filter((n) => n > 0)

/** Reads the flags from `argv` (process.argv without node and the script). */
export const parseOptions = (argv) => {
  const flag = (name) => argv.includes(`--${name}`)
  const option = (name, fallback) => {
    const index = argv.indexOf(`--${name}`)
    return index >= 0 ? argv[index + 1] : fallback
  }
  const isQuick = flag('quick')
  return {
    isHelp: flag('help') || flag('h'),
    isQuick,
    mode: isQuick ? 'quick' : 'full',
    sizes: sizeList(option('sizes', isQuick ? '1000' : '1000,10000,100000')),
    mongoSizes: sizeList(option('mongo-sizes', isQuick ? '1000' : '1000,10000')),
    mongoSkipped:
      flag('no-mongo') || (isQuick && !flag('mongo'))
        ? isQuick
          ? 'FerretDB is left out of --quick (its 1k seed alone takes minutes here); run without --quick or add --mongo'
          : 'skipped with --no-mongo'
        : null,
    mongoTimeoutSeconds: Number(option('mongo-timeout', 900)),
    isFresh: flag('fresh'),
    isBuild: flag('build'),
    hasLighthouse: !flag('no-lighthouse'),
    loadSeconds: Number(option('duration', isQuick ? 3 : 15)),
    rounds: Number(option('rounds', isQuick ? 2 : 3)),
    connections: 10,
    samples: isQuick ? 15 : 40,
    saves: isQuick ? 10 : 30,
    publishRuns: isQuick ? 1 : 3,
  }
}
