import { describe, expect, it } from 'vitest';
import { ZSopContent, emptySopContent } from './schema.ts';
import { largeSop, validSop } from './testing.ts';

const paths = (value: unknown) => {
  const result = ZSopContent.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('ZSopContent', () => {
  it('accepts a complete SOP, an empty draft and the largest allowed SOP', () => {
    expect(paths(validSop())).toEqual([]);
    expect(paths(emptySopContent('u1', 'Judul'))).toEqual([]);
    expect(paths(largeSop(300, 20))).toEqual([]);
  });

  it('accepts incomplete drafts: the checker, not the schema, reports them', () => {
    const c = validSop();
    c.steps[2].yes = null;
    c.steps[1].actorIds = [];
    c.steps[1].description = '';
    c.identity.title = '';
    expect(paths(c)).toEqual([]);
  });

  it('refuses links to unknown steps and actors, with the field path', () => {
    const c = validSop();
    c.steps[2].no = 'gone';
    c.steps[3].next = 'gone';
    c.steps[4].actorIds = ['a1', 'ghost', 'a1'];
    expect(paths(c)).toEqual([
      'steps.2.no:sop_unknown_step',
      'steps.3.next:sop_unknown_step',
      'steps.4.actorIds.1:sop_unknown_actor',
      'steps.4.actorIds.2:sop_duplicate_actor',
    ]);
  });

  it('refuses duplicate ids and links that do not belong to the symbol', () => {
    const c = validSop();
    c.steps[4].id = 's1';
    c.actors[1].id = 'a1';
    c.steps[1].yes = 's3';
    c.steps[2].next = 's4';
    expect(paths(c)).toEqual(expect.arrayContaining([
      'actors.1.id:sop_duplicate_id',
      'steps.4.id:sop_duplicate_id',
      'steps.1.yes:sop_link_wrong_symbol',
      'steps.2.next:sop_link_wrong_symbol',
    ]));
  });

  it('enforces the limits', () => {
    expect(paths(largeSop(301))).toEqual([expect.stringMatching(/^steps:/)]);
    expect(paths(largeSop(20, 21))[0]).toMatch(/^actors:/);
    const c = validSop();
    c.steps[0].id = 'bad id';
    expect(paths(c)[0]).toBe('steps.0.id:sop_id_invalid');
  });
});
