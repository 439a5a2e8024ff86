import { describe, expect, it } from 'vitest';
import { duplicateKeys } from '../../../domain/catalogue/service.ts';
import { ZCreateService } from '../../modules/catalogue/catalogue.schema.ts';
import { SEED_SERVICES } from './catalogue.ts';

describe('the seeded catalogue', () => {
  it('holds nine valid services in two channels, with unique codes and keys', () => {
    expect(SEED_SERVICES).toHaveLength(9);
    expect(new Set(SEED_SERVICES.map((s) => s.code)).size).toBe(9);
    expect(SEED_SERVICES.filter((s) => s.channel === 'utama')).toHaveLength(6);
    for (const service of SEED_SERVICES) {
      const parsed = ZCreateService.safeParse(service);
      expect(parsed.error?.issues ?? [], service.code).toEqual([]);
      expect(duplicateKeys(service.formFields), service.code).toEqual([]);
      expect(duplicateKeys(service.requiredAttachments), service.code).toEqual([]);
      expect(service.description.split('. ').length, service.code).toBeGreaterThanOrEqual(2);
    }
  });

  it('lets the two SOP services, and only those, attach an SOP to a request', () => {
    expect(SEED_SERVICES.filter((s) => s.attachesSop).map((s) => s.code)).toEqual(['SOP', 'MONEV-SOP']);
  });
});
