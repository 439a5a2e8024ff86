export const DB_CHOICES = ['pglite', 'postgres', 'both'] as const;
export type DbChoice = (typeof DB_CHOICES)[number];
export type DbKind = Exclude<DbChoice, 'both'>;
export const SUITE_CHOICES = ['monitoring', 'sop', 'all'] as const;
export type SuiteChoice = (typeof SUITE_CHOICES)[number];

export interface BenchOptions {
  /** The monitoring table on 100,000 requests, the SOP documents (layout and exports), or both. */
  suite: SuiteChoice;
  db: DbChoice;
  rows: number;
  /** Seconds of measurement per scenario (a short warm-up comes before it). */
  duration: number;
  /** Concurrent connections per database kind; PGlite runs one query at a time, so it gets fewer by default. */
  connections: Record<DbKind, number>;
  help: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  suite: 'all',
  db: 'both',
  rows: 100_000,
  duration: 5,
  connections: { pglite: 4, postgres: 10 },
  help: false,
};

export const USAGE = `Usage: npm run bench -- [--suite=all|monitoring|sop] [--db=pglite|postgres|both] [--rows=100000] [--duration=5] [--connections=N]

  --suite        "monitoring": the table endpoint on seeded requests; "sop": SOP layout and PDF/Word/spreadsheet
                 exports on generated SOPs of 20-200 steps; "all" (default): both
  --db           which database to measure; "both" (default) skips PostgreSQL when it does not answer
  --rows         facilitation requests to seed (default 100000)
  --duration     seconds measured per scenario (default 5; each scenario is warmed up for 1 s first)
  --connections  concurrent HTTP connections for every scenario (default: 10 on PostgreSQL, 4 on PGlite)

PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server; the bench creates
its own database manorta_bench_<pid> there and drops it at the end.`;

export class UsageError extends Error {}

function integerIn(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** Reads `--name=value` and `--name value` forms; anything unknown is an error rather than silently ignored. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, connections: { ...DEFAULT_OPTIONS.connections } };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${arg}"`);
    const name = match[1];
    let value = match[2];
    if (value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      i++;
    }
    switch (name) {
      case 'suite':
        if (!(SUITE_CHOICES as readonly string[]).includes(value)) throw new UsageError(`--suite must be one of ${SUITE_CHOICES.join(', ')}, got "${value}"`);
        options.suite = value as SuiteChoice;
        break;
      case 'db':
        if (!(DB_CHOICES as readonly string[]).includes(value)) throw new UsageError(`--db must be one of ${DB_CHOICES.join(', ')}, got "${value}"`);
        options.db = value as DbChoice;
        break;
      case 'rows':
        options.rows = integerIn(name, value, 1, 5_000_000);
        break;
      case 'duration':
        options.duration = integerIn(name, value, 1, 300);
        break;
      case 'connections': {
        const n = integerIn(name, value, 1, 1000);
        options.connections = { pglite: n, postgres: n };
        break;
      }
      default:
        throw new UsageError(`unknown option --${name}`);
    }
  }
  return options;
}
