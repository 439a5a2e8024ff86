import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseArgs, UsageError } from './args.ts';

describe('bench arguments', () => {
  it('defaults to both databases, 100,000 rows, 5 s, 10 connections on PostgreSQL and 4 on PGlite', () => {
    expect(parseArgs([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS).toMatchObject({ db: 'both', rows: 100_000, duration: 5, connections: { postgres: 10, pglite: 4 } });
  });

  it('reads --name=value and --name value', () => {
    expect(parseArgs(['--db=pglite', '--rows', '2000', '--duration=3'])).toMatchObject({ db: 'pglite', rows: 2000, duration: 3 });
    expect(parseArgs(['--db', 'postgres']).db).toBe('postgres');
  });

  it('runs both suites unless --suite names one', () => {
    expect(DEFAULT_OPTIONS.suite).toBe('all');
    expect(parseArgs(['--suite=sop']).suite).toBe('sop');
    expect(parseArgs(['--suite', 'monitoring']).suite).toBe('monitoring');
    expect(() => parseArgs(['--suite=pdf'])).toThrow(/--suite must be one of monitoring, sop, all/);
  });

  it('applies --connections to both databases', () => {
    expect(parseArgs(['--connections=2']).connections).toEqual({ pglite: 2, postgres: 2 });
  });

  it('does not let a parse change the defaults', () => {
    parseArgs(['--connections=2', '--rows=5']);
    expect(DEFAULT_OPTIONS.connections).toEqual({ pglite: 4, postgres: 10 });
    expect(DEFAULT_OPTIONS.rows).toBe(100_000);
  });

  it('recognises --help', () => {
    expect(parseArgs(['--help']).help).toBe(true);
    expect(parseArgs(['-h']).help).toBe(true);
  });

  it.each([
    [['--db=mysql'], /--db must be one of pglite, postgres, both/],
    [['--rows=0'], /--rows must be between 1 and 5000000/],
    [['--rows=1e5'], /--rows must be a whole number/],
    [['--duration=-1'], /--duration must be a whole number/],
    [['--connections=0'], /--connections must be between 1 and 1000/],
    [['--rows'], /--rows needs a value/],
    [['--rows', '--db=pglite'], /--rows needs a value/],
    [['--seed=1'], /unknown option --seed/],
    [['pglite'], /unexpected argument "pglite"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
