import cronParser from 'cron-parser';
import { JOBS_TIME_ZONE, assertJobName, type Every, type JobHandler, type Jobs, type JobsLogger } from './jobs.ts';

/** setTimeout holds at most ~24.8 days; a far cron occurrence is approached in steps. */
const MAX_WAIT_MS = 6 * 60 * 60 * 1000;

interface Entry {
  name: string;
  every: Every;
  handler: JobHandler;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
}

export function nextCronTime(cron: string, timeZone: string, after: number): number {
  return cronParser.parseExpression(cron, { currentDate: new Date(after), tz: timeZone }).next().getTime();
}

/**
 * The runner for the embedded database (one process): timers in this process. A job whose previous run has not
 * finished skips its turn, so runs of one job never overlap.
 */
export function createInProcessJobs({ logger, timeZone = JOBS_TIME_ZONE }: { logger: JobsLogger; timeZone?: string }): Jobs {
  const entries = new Map<string, Entry>();
  let state: 'new' | 'started' | 'stopped' = 'new';

  function run(entry: Entry) {
    if (entry.running || state !== 'started') return;
    entry.running = Promise.resolve()
      .then(entry.handler)
      .then(
        () => undefined,
        (err: unknown) => logger.warn({ err, job: entry.name }, 'scheduled job failed'),
      )
      .finally(() => {
        entry.running = undefined;
      });
  }

  function arm(entry: Entry) {
    if (typeof entry.every === 'number') {
      entry.timer = setInterval(() => run(entry), entry.every).unref();
      return;
    }
    const due = nextCronTime(entry.every, timeZone, Date.now());
    entry.timer = setTimeout(() => {
      if (Date.now() >= due) run(entry);
      if (state === 'started') arm(entry);
    }, Math.min(due - Date.now(), MAX_WAIT_MS)).unref();
  }

  return {
    kind: 'in-process',

    async schedule(name, every, handler) {
      assertJobName(name, new Set(entries.keys()));
      if (typeof every === 'number') {
        if (!Number.isInteger(every) || every < 1) throw new Error(`job ${name}: interval must be a positive number of milliseconds`);
      } else {
        nextCronTime(every, timeZone, Date.now());
      }
      if (state === 'stopped') throw new Error('the job runner is stopped');
      const entry: Entry = { name, every, handler };
      entries.set(name, entry);
      if (state === 'started') arm(entry);
    },

    async start() {
      if (state !== 'new') return;
      state = 'started';
      for (const entry of entries.values()) arm(entry);
    },

    async stop() {
      state = 'stopped';
      for (const entry of entries.values()) {
        clearTimeout(entry.timer);
        clearInterval(entry.timer);
      }
      await Promise.all([...entries.values()].map((e) => e.running));
    },
  };
}
