import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { localiseIssue } from './errors.ts';

const schema = z.object({
  name: z.string().trim().min(3).max(10),
  title: z.string().min(1),
  count: z.number().int().min(1).max(5),
  email: z.string().email(),
  id: z.string().uuid(),
  kind: z.enum(['eselon1', 'eselon2']),
  tags: z.array(z.string()).max(2),
}).strict();

function phrase(data: unknown, lang: 'id' | 'en' = 'id') {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.') || '(root)', localiseIssue(i as $ZodIssue, lang)]));
}

describe('field messages in plain words', () => {
  it('phrases the common checks in Indonesian', () => {
    expect(phrase({ name: 'ab', title: '', count: 9, email: 'x', id: 'nope', kind: 'eselon9', tags: ['a', 'b', 'c'], extra: 1 })).toEqual({
      name: 'Minimal 3 karakter.',
      title: 'Wajib diisi.',
      count: 'Nilai maksimal 5.',
      email: 'Alamat email tidak valid.',
      id: 'Pengenal tidak valid.',
      kind: 'Pilih salah satu: eselon1, eselon2.',
      tags: 'Paling banyak 2 pilihan.',
      '(root)': 'Kolom ini tidak dikenal.',
    });
  });

  it('says what is missing or of the wrong kind, in English when asked', () => {
    expect(phrase({ name: 'abcdefghijkl', count: 1.5, email: 'a@b.id', id: '6f1c1f33-8d2c-4a59-9a43-0e6f4f0b8c11', kind: 'eselon1', tags: [] }, 'en')).toEqual({
      name: 'At most 10 characters.',
      title: 'Required.',
      count: 'Must be a whole number.',
    });
    expect(phrase({ name: 42, title: 'x', count: 'two', email: 'a@b.id', id: '6f1c1f33-8d2c-4a59-9a43-0e6f4f0b8c11', kind: 'eselon1', tags: [] })).toEqual({
      name: 'Harus berupa teks.',
      count: 'Harus berupa angka.',
    });
  });
});
