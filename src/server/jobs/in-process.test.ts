import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInProcessJobs, nextCronTime } from './in-process.ts';
import { cronOf } from './pg-boss.ts';

const warnings: unknown[] = [];
const logger = { warn: (obj: object) => void warnings.push(obj) };

beforeEach(() => {
  warnings.length = 0;
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

/** A handler whose runs the test finishes by hand. */
function controlled() {
  const pending: (() => void)[] = [];
  let active = 0;
  let maxActive = 0;
  const handler = vi.fn(() => {
    active++;
    maxActive = Math.max(maxActive, active);
    return new Promise<void>((resolve) => pending.push(() => {
      active--;
      resolve();
    }));
  });
  return { handler, finishAll: () => pending.splice(0).forEach((f) => f()), maxActive: () => maxActive };
}

describe('in-process job runner', () => {
  it('runs an interval job at its rhythm once started, and not before', async () => {
    const jobs = createInProcessJobs({ logger });
    const handler = vi.fn(async () => {});
    await jobs.schedule('mail-retry', 60_000, handler);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(handler).not.toHaveBeenCalled();
    await jobs.start();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(handler).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(handler).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(handler).toHaveBeenCalledTimes(4);
    await jobs.stop();
  });

  it('never overlaps two runs of one job: a turn that comes during a run is skipped', async () => {
    const jobs = createInProcessJobs({ logger });
    const slow = controlled();
    await jobs.start();
    await jobs.schedule('overdue-check', 1_000, slow.handler);
    await vi.advanceTimersByTimeAsync(5_500);
    expect(slow.handler).toHaveBeenCalledTimes(1);
    slow.finishAll();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(slow.handler).toHaveBeenCalledTimes(2);
    expect(slow.maxActive()).toBe(1);
    slow.finishAll();
    await jobs.stop();
  });

  it('runs a cron job at its time in Asia/Jakarta', async () => {
    // 10:00 UTC is 17:00 WIB; 00:05 WIB is 17:05 UTC the same day.
    const jobs = createInProcessJobs({ logger });
    const handler = vi.fn(async () => {});
    await jobs.schedule('clock-refresh', '5 0 * * *', handler);
    await jobs.start();
    await vi.advanceTimersByTimeAsync(7 * 60 * 60 * 1000 + 4 * 60 * 1000);
    expect(handler).toHaveBeenCalledTimes(0);
    await vi.advanceTimersByTimeAsync(60 * 1000);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(new Date().toISOString()).toBe('2026-03-02T17:05:00.000Z');
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(handler).toHaveBeenCalledTimes(2);
    await jobs.stop();
  });

  it('logs a failed run and keeps the job scheduled', async () => {
    const jobs = createInProcessJobs({ logger });
    let calls = 0;
    await jobs.schedule('flaky', 1_000, async () => {
      calls++;
      if (calls === 1) throw new Error('database unavailable');
    });
    await jobs.start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toBe(2);
    expect(warnings).toEqual([{ err: new Error('database unavailable'), job: 'flaky' }]);
    await jobs.stop();
  });

  it('stops: waits for the run in progress and runs nothing afterwards', async () => {
    const jobs = createInProcessJobs({ logger });
    const slow = controlled();
    await jobs.schedule('overdue-check', 1_000, slow.handler);
    await jobs.schedule('clock-refresh', '* * * * *', slow.handler);
    await jobs.start();
    await vi.advanceTimersByTimeAsync(1_000);
    let stopped = false;
    const stopping = jobs.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    slow.finishAll();
    await stopping;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(slow.handler).toHaveBeenCalledTimes(1);
    await expect(jobs.schedule('later', 1_000, slow.handler)).rejects.toThrow(/stopped/);
  });

  it('refuses a bad schedule when it is registered', async () => {
    const jobs = createInProcessJobs({ logger });
    await jobs.schedule('once', 1_000, async () => {});
    await expect(jobs.schedule('once', 1_000, async () => {})).rejects.toThrow(/already scheduled/);
    await expect(jobs.schedule('Bad Name', 1_000, async () => {})).rejects.toThrow(/invalid job name/);
    await expect(jobs.schedule('bad-cron', '61 * * * *', async () => {})).rejects.toThrow();
    await expect(jobs.schedule('bad-interval', 0, async () => {})).rejects.toThrow(/positive/);
  });
});

describe('cron for pg-boss', () => {
  it('turns intervals into cron expressions and refuses rhythms cron cannot keep', () => {
    expect(cronOf(60_000)).toBe('* * * * *');
    expect(cronOf(15 * 60_000)).toBe('*/15 * * * *');
    expect(cronOf(60 * 60_000)).toBe('0 * * * *');
    expect(cronOf(6 * 60 * 60_000)).toBe('0 */6 * * *');
    expect(cronOf(24 * 60 * 60_000)).toBe('0 0 * * *');
    expect(cronOf('5 0 * * *')).toBe('5 0 * * *');
    for (const bad of [30_000, 7 * 60_000, 90 * 60_000, 5 * 60 * 60_000]) expect(() => cronOf(bad)).toThrow(/no cron equivalent/);
  });

  it('reads the same cron expression in the Jakarta time zone', () => {
    expect(new Date(nextCronTime('5 0 * * *', 'Asia/Jakarta', Date.parse('2026-03-02T10:00:00Z'))).toISOString()).toBe('2026-03-02T17:05:00.000Z');
    expect(new Date(nextCronTime('5 0 * * *', 'Asia/Jakarta', Date.parse('2026-03-02T17:05:00Z'))).toISOString()).toBe('2026-03-03T17:05:00.000Z');
  });
});
