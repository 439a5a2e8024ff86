import { describe, expect, it } from 'vitest';
import type { Unit } from '../../api/types.ts';
import { buildTree, descendantsOf } from './tree.ts';

const unit = (id: string, parentId: string | null, code = id.toUpperCase()): Unit => ({
  id, parentId, parentName: null, code, name: `Unit ${id}`, kind: 'eselon1', active: true, version: 1, actions: [],
});

describe('unit tree', () => {
  const units = [unit('b', 'a'), unit('a', null), unit('c', 'b'), unit('d', 'a'), unit('orphan', 'missing')];

  it('nests units under their parents; a unit whose parent is not listed is a root', () => {
    const tree = buildTree(units);
    expect(tree.map((n) => n.unit.id)).toEqual(['a', 'orphan']);
    expect(tree[0].children.map((n) => n.unit.id)).toEqual(['b', 'd']);
    expect(tree[0].children[0].children.map((n) => n.unit.id)).toEqual(['c']);
  });

  it('survives a cycle in the data', () => {
    expect(() => buildTree([unit('x', 'y'), unit('y', 'x')])).not.toThrow();
  });

  it('knows a unit and everything below it (not allowed as its new parent)', () => {
    expect([...descendantsOf(units, 'a')].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...descendantsOf(units, 'b')].sort()).toEqual(['b', 'c']);
  });
});
