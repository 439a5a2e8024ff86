import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../api/types.ts';
import { actorName, assignedNames, documentNumberOf, newestFirst } from './timeline.ts';

const comment = (at: string, id: string): TimelineEntry => ({ kind: 'comment', at, actor: null, id, body: id });

describe('timeline helpers', () => {
  it('put the newest first and keep the server\'s order within one instant', () => {
    const items = [comment('2026-11-01T01:00:00Z', 'a'), comment('2026-11-03T01:00:00Z', 'b'), comment('2026-11-03T01:00:00Z', 'c'), comment('2026-11-02T01:00:00Z', 'd')];
    expect(newestFirst(items).map((e) => (e.kind === 'comment' ? e.id : ''))).toEqual(['c', 'b', 'd', 'a']);
  });

  it('name the system when no user acted', () => {
    expect(actorName(null, 'Sistem')).toBe('Sistem');
    expect(actorName({ id: '1', name: 'Rina' }, 'Sistem')).toBe('Rina');
  });

  it('name assigned verifikator it knows and read the document number', () => {
    expect(assignedNames({ verifierIds: ['v1', 'v2', 7] }, [{ id: 'v2', name: 'Andi' }])).toEqual(['Andi']);
    expect(assignedNames({}, [])).toEqual([]);
    expect(documentNumberOf({ documentNumber: '001/SOP/SET/XI/2026' })).toBe('001/SOP/SET/XI/2026');
    expect(documentNumberOf({})).toBeNull();
  });
});
