import { describe, expect, it } from 'vitest';
import { wouldCreateCycle } from './unit.ts';

describe('wouldCreateCycle', () => {
  const parents = new Map<string, string | null>([
    ['root', null],
    ['a', 'root'],
    ['b', 'a'],
    ['c', 'b'],
  ]);
  it('allows a move to an unrelated branch or to the root', () => {
    expect(wouldCreateCycle('c', 'root', parents)).toBe(false);
    expect(wouldCreateCycle('b', null, parents)).toBe(false);
  });
  it('refuses a move under itself or under its own descendant', () => {
    expect(wouldCreateCycle('a', 'a', parents)).toBe(true);
    expect(wouldCreateCycle('a', 'c', parents)).toBe(true);
  });
  it('stops on data that already loops', () => {
    const looped = new Map<string, string | null>([['x', 'y'], ['y', 'x']]);
    expect(wouldCreateCycle('z', 'x', looped)).toBe(true);
  });
});
