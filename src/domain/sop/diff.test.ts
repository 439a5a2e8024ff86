import { describe, expect, it } from 'vitest';
import { diffSop, diffSteps } from './diff.ts';
import { largeSop, sopStep, validSop } from './testing.ts';

describe('diffSteps', () => {
  it('finds nothing between equal versions', () => {
    expect(diffSteps(validSop().steps, validSop().steps)).toEqual({ added: [], removed: [], changed: [], moved: [] });
  });

  it('finds added, removed and changed steps by id, naming the changed fields', () => {
    const from = validSop().steps;
    const to = structuredClone(from);
    to.splice(1, 0, sopStep('n1', 'process'));
    to.splice(4, 1);
    to[3].description = 'Apakah konsep laporan sudah benar?';
    to[3].time = { value: 2, unit: 'jam' };
    to[3].yes = 's5';
    expect(diffSteps(from, to)).toEqual({
      added: [{ id: 'n1', index: 1 }],
      removed: [{ id: 's4', index: 3 }],
      changed: [{ id: 's3', fromIndex: 2, toIndex: 3, fields: ['description', 'time', 'yes'] }],
      moved: [],
    });
  });

  it('tells an absent next (the following step) from an end', () => {
    const from = validSop().steps;
    const to = structuredClone(from);
    to[1].next = null;
    expect(diffSteps(from, to).changed).toEqual([{ id: 's2', fromIndex: 1, toIndex: 1, fields: ['next'] }]);
  });

  it('reports the fewest moved steps when the order changes', () => {
    const from = validSop().steps;
    const to = [from[0], from[3], from[1], from[2], from[4]];
    expect(diffSteps(from, to).moved).toEqual([{ id: 's4', fromIndex: 3, toIndex: 1 }]);
    const reversed = diffSteps(from, [...from].reverse());
    expect(reversed.moved).toHaveLength(4);
  });

  it('handles 300 steps', () => {
    const a = largeSop(300).steps;
    const b = [...a.slice(150), ...a.slice(0, 150)];
    expect(diffSteps(a, b).moved).toHaveLength(150);
  });
});

describe('diffSop', () => {
  it('also compares actors and identity fields', () => {
    const from = validSop();
    const to = structuredClone(from);
    to.actors[0].name = 'Analis Kinerja Ahli Muda';
    to.actors.push({ id: 'a3', name: 'Sekretaris' });
    to.identity.title = 'Judul baru';
    to.identity.ratifiedBy.name = 'Nama lain';
    expect(diffSop(from, to)).toMatchObject({ actors: { added: ['a3'], removed: [], renamed: ['a1'] }, identity: ['title', 'ratifiedBy'] });
  });
});
