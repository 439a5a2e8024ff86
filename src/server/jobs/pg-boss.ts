import PgBoss from 'pg-boss';
import { JOBS_TIME_ZONE, assertJobName, type Every, type JobHandler, type Jobs, type JobsLogger } from './jobs.ts';

/** pg-boss keeps its tables in this schema, apart from the application's (public) and drizzle's journal (drizzle). */
export const PG_BOSS_SCHEMA = 'pgboss';

/** A scheduled run that has not finished in this time is given up (and may run again at its next turn). */
const RUN_EXPIRES_SECONDS = 60 * 60;

const MINUTE = 60_000;

/** pg-boss schedules by cron only: an interval becomes the cron expression that fires at that rhythm. */
export function cronOf(every: Every): string {
  if (typeof every === 'string') return every;
  const minutes = every / MINUTE;
  if (Number.isInteger(minutes) && minutes >= 1 && minutes < 60 && 60 % minutes === 0) return minutes === 1 ? '* * * * *' : `*/${minutes} * * * *`;
  const hours = minutes / 60;
  if (Number.isInteger(hours) && hours >= 1 && hours <= 24 && 24 % hours === 0) return hours === 24 ? '0 0 * * *' : hours === 1 ? '0 * * * *' : `0 */${hours} * * *`;
  throw new Error(`an interval of ${every} ms has no cron equivalent: use whole minutes dividing an hour, or whole hours dividing a day`);
}

interface Entry {
  name: string;
  cron: string;
  handler: JobHandler;
}

export type PgBossJobs = Jobs & {
  /** The pg-boss instance itself, for tests and diagnostics. */
  readonly boss: PgBoss;
};

/**
 * The runner on PostgreSQL. Every instance registers the same schedules; pg-boss's clock sends each cron tick once
 * for all instances, and the queue's `stately` policy holds at most one run active (and one waiting) per job, so
 * two instances never run the same job at the same time and a slow run does not pile up a backlog.
 */
export function createPgBossJobs({ url, logger, timeZone = JOBS_TIME_ZONE }: { url: string; logger: JobsLogger; timeZone?: string }): PgBossJobs {
  const boss = new PgBoss({ connectionString: url, schema: PG_BOSS_SCHEMA, max: 4, application_name: 'manorta-jobs' });
  boss.on('error', (err) => logger.warn({ err }, 'job runner error'));
  const entries = new Map<string, Entry>();
  let state: 'new' | 'started' | 'stopped' = 'new';

  async function ensureQueue(name: string) {
    const options = { name, policy: 'stately' as const, retryLimit: 0, expireInSeconds: RUN_EXPIRES_SECONDS };
    // Instances starting together race to create it (pg-boss may even deadlock them); a loser finds it made.
    for (let attempt = 1; ; attempt++) {
      if (await boss.getQueue(name)) return boss.updateQueue(name, options);
      try {
        return await boss.createQueue(name, options);
      } catch (err) {
        if (attempt === 5) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 400));
      }
    }
  }

  async function register(entry: Entry) {
    await ensureQueue(entry.name);
    await boss.schedule(entry.name, entry.cron, {}, { tz: timeZone });
    await boss.work(entry.name, async () => {
      try {
        await entry.handler();
      } catch (err) {
        logger.warn({ err, job: entry.name }, 'scheduled job failed');
        throw err;
      }
    });
  }

  return {
    kind: 'pg-boss',
    boss,

    async schedule(name, every, handler) {
      assertJobName(name, new Set(entries.keys()));
      if (state === 'stopped') throw new Error('the job runner is stopped');
      const entry = { name, cron: cronOf(every), handler };
      entries.set(name, entry);
      if (state === 'started') await register(entry);
    },

    async start() {
      if (state !== 'new') return;
      await boss.start();
      state = 'started';
      for (const entry of entries.values()) await register(entry);
    },

    async stop() {
      if (state !== 'started') {
        state = 'stopped';
        return;
      }
      state = 'stopped';
      await boss.stop({ graceful: true, wait: true, timeout: 8_000 });
    },
  };
}
