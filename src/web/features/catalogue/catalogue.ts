import { STAGES } from '../../../domain/workflow/stages.ts';
import type { Service } from '../../api/types.ts';
import type { Lang } from '../../i18n/lang.ts';

/** The service's name in the interface language (the catalogue keeps an English name beside the Indonesian). */
export function serviceName(service: Pick<Service, 'name' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && service.nameEn ? service.nameEn : service.name;
}

export function stageName(index: number, lang: Lang): string {
  const stage = STAGES[index];
  if (!stage) return '';
  return lang === 'en' ? stage.nameEn : stage.name;
}

export { totalStandardDays as totalDays } from '../../../domain/catalogue/standard-days.ts';

export function byChannel(services: readonly Service[]) {
  const sorted = [...services].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'id'));
  return {
    utama: sorted.filter((s) => s.channel === 'utama'),
    penunjang: sorted.filter((s) => s.channel === 'penunjang'),
  };
}
