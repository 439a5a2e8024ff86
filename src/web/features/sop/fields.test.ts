import { describe, expect, it } from 'vitest';
import { fieldDomId, sectionOf, stepIndexOf } from './fields.ts';

describe('editor field paths', () => {
  it('make DOM ids without dots', () => {
    expect(fieldDomId('steps.3.actorIds')).toBe('sop-f-steps-3-actorIds');
    expect(fieldDomId('identity.ratifiedBy.nip')).toBe('sop-f-identity-ratifiedBy-nip');
  });
  it('find the step and the section of a path', () => {
    expect(stepIndexOf('steps.12.time')).toBe(12);
    expect(stepIndexOf('steps.4')).toBe(4);
    expect(stepIndexOf('identity.title')).toBeNull();
    expect(sectionOf('steps.0.yes')).toBe('steps');
    expect(sectionOf('actors.2.name')).toBe('actors');
    expect(sectionOf('identity.legalBasis.0')).toBe('identity');
  });
});
