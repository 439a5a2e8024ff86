/** A cron expression (minute granularity, read in the runner's time zone) or an interval in milliseconds. */
export type Every = string | number;

export type JobHandler = () => Promise<unknown>;

/**
 * Recurring work of the server (overdue check, clock refresh, mail retries). Two runners, one interface: pg-boss on
 * PostgreSQL, where several instances share the schedule and one of them runs each job at a time, and an
 * in-process timer runner for the embedded database, which only one process ever opens.
 */
export interface Jobs {
  readonly kind: 'pg-boss' | 'in-process';
  /** Registers a job; before `start` it waits for it, after `start` it runs from then on. Names are unique. */
  schedule(name: string, every: Every, handler: JobHandler): Promise<void>;
  start(): Promise<void>;
  /** Stops scheduling and waits for runs in progress. */
  stop(): Promise<void>;
}

export interface JobsLogger {
  warn(obj: object, msg: string): void;
}

/** The time zone cron expressions are read in: the portal's working days are Indonesian (WIB). */
export const JOBS_TIME_ZONE = 'Asia/Jakarta';

export const JOB_NAME = /^[a-z][a-z0-9-]{0,62}$/;

export function assertJobName(name: string, taken: ReadonlySet<string>): void {
  if (!JOB_NAME.test(name)) throw new Error(`invalid job name: ${name}`);
  if (taken.has(name)) throw new Error(`job ${name} is already scheduled`);
}
