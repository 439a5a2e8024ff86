import { describe, expect, it } from 'vitest';
import { blockingErrors, validNip } from './ratify.ts';

describe('ratification checks in the dialog', () => {
  it('counts the errors that ratification does not supply; warnings and the ratified identity fields do not block', () => {
    expect(
      blockingErrors([
        { severity: 'error', path: 'identity.number' },
        { severity: 'error', path: 'identity.effectiveOn' },
        { severity: 'error', path: 'identity.ratifiedBy.name' },
        { severity: 'warning', path: 'actors.0' },
      ]),
    ).toBe(0);
    expect(blockingErrors([{ severity: 'error', path: 'steps.3.time' }, { severity: 'error', path: 'identity.title' }, { severity: 'error', path: 'identity.ratifiedBy' }])).toBe(2);
  });

  it('accepts an 18-digit NIP, with or without the printed spaces', () => {
    expect(validNip('197205141998031002')).toBe(true);
    expect(validNip('19720514 199803 1 002')).toBe(true);
    expect(validNip('1972051419980310')).toBe(false);
    expect(validNip('19720514199803100A')).toBe(false);
  });
});
