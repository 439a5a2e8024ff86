import { describe, expect, it } from 'vitest';
import { defaultJenjang, prefillCompetencies, requiredLevel, resolveReference, type RequiredLevel } from './reference.ts';

const table: RequiredLevel[] = [
  { jenjang: 'administrator', code: 'M.01', level: 3 },
  { jenjang: 'administrator', code: 'SK.01', level: 3 },
  { jenjang: 'pelaksana', code: 'M.01', level: 1 },
  { jenjang: 'pelaksana', code: 'M.02', level: 2 },
];
const dictionary = [
  { code: 'M.01', kind: 'manajerial' as const },
  { code: 'M.02', kind: 'manajerial' as const },
  { code: 'SK.01', kind: 'sosial_kultural' as const },
];

describe('required competency levels', () => {
  it('looks up the level of a jenjang and competency, null where the table has none', () => {
    expect(requiredLevel(table, 'administrator', 'M.01')).toBe(3);
    expect(requiredLevel(table, 'pelaksana', 'M.02')).toBe(2);
    expect(requiredLevel(table, 'administrator', 'M.02')).toBeNull();
    expect(requiredLevel(table, 'jpt_madya', 'M.01')).toBeNull();
    expect(requiredLevel(table, undefined, 'M.01')).toBeNull();
  });

  it('prefills the SKJ competencies in dictionary order, by kind', () => {
    expect(prefillCompetencies(table, 'pelaksana', dictionary)).toEqual({ managerial: [{ code: 'M.01', level: 1 }, { code: 'M.02', level: 2 }], socioCultural: [] });
    expect(prefillCompetencies(table, 'administrator', dictionary)).toEqual({ managerial: [{ code: 'M.01', level: 3 }], socioCultural: [{ code: 'SK.01', level: 3 }] });
    expect(prefillCompetencies(table, 'jf_pemula', dictionary)).toEqual({ managerial: [], socioCultural: [] });
  });

  it('implies pelaksana from the position kind, and nothing for the others', () => {
    expect(defaultJenjang('pelaksana')).toBe('pelaksana');
    expect(defaultJenjang('struktural')).toBeUndefined();
    expect(defaultJenjang('fungsional')).toBeUndefined();
  });
});

describe('reference list values', () => {
  it('reads a code as the list item and anything else as the free text written before the lists', () => {
    const items = [{ code: 'G', name: 'Intelegensia', description: 'Kemampuan belajar secara umum' }];
    expect(resolveReference(items, 'G')).toEqual({ kind: 'item', item: items[0] });
    expect(resolveReference(items, 'teliti dan cermat')).toEqual({ kind: 'text', text: 'teliti dan cermat' });
  });
});
