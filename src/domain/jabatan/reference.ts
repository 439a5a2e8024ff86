/**
 * Reference lists of the Anjab (regulations.md §2.2 "Master lists needed") and the required competency level per
 * *jenjang jabatan* (§4.3, unconfirmed): their shapes and the pure look-ups. The rows live in the database by year.
 */

/** The Anjab's pick lists: *bakat kerja*, *temperamen kerja*, *minat kerja*, *upaya fisik*, *fungsi pekerjaan* (data, orang, benda). */
export const REFERENCE_LISTS = ['bakat_kerja', 'temperamen', 'minat', 'upaya_fisik', 'fungsi_data', 'fungsi_orang', 'fungsi_benda'] as const;
export type ReferenceList = (typeof REFERENCE_LISTS)[number];

export interface ReferenceItem {
  code: string;
  name: string;
  description: string;
}

/** Where each list is used in the Anjab's requirements (AnjabRequirements). */
export const REFERENCE_FIELD: Record<ReferenceList, string> = {
  bakat_kerja: 'aptitudes',
  temperamen: 'temperaments',
  minat: 'interests',
  upaya_fisik: 'physicalEffort',
  fungsi_data: 'jobFunctions.data',
  fungsi_orang: 'jobFunctions.people',
  fungsi_benda: 'jobFunctions.things',
};

/**
 * A value of an Anjab list field: a list item when it is one of the list's codes, else a free text written before
 * the lists existed (kept and shown as it is).
 */
export function resolveReference(items: readonly ReferenceItem[], value: string): { kind: 'item'; item: ReferenceItem } | { kind: 'text'; text: string } {
  const item = items.find((i) => i.code === value);
  return item ? { kind: 'item', item } : { kind: 'text', text: value };
}

/** *Jenjang jabatan* the required-level table is kept for (§4.3): JPT, administrator, pengawas, pelaksana, JF levels. */
export const JENJANG = [
  'jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas', 'pelaksana',
  'jf_ahli_utama', 'jf_ahli_madya', 'jf_ahli_muda', 'jf_ahli_pertama', 'jf_penyelia', 'jf_mahir', 'jf_terampil', 'jf_pemula',
] as const;
export type Jenjang = (typeof JENJANG)[number];

export interface RequiredLevel {
  jenjang: Jenjang;
  /** Competency code of the dictionary, e.g. "M.01". */
  code: string;
  level: number;
}

/** The level the table requires of a competency at a jenjang; null when the table has none. */
export function requiredLevel(table: readonly RequiredLevel[], jenjang: Jenjang | undefined, code: string): number | null {
  if (!jenjang) return null;
  return table.find((r) => r.jenjang === jenjang && r.code === code)?.level ?? null;
}

/**
 * The competencies an SKJ starts with for a jenjang: every competency of the kind that the table names, at the
 * table's level, in the dictionary's order.
 */
export function prefillCompetencies(table: readonly RequiredLevel[], jenjang: Jenjang, dictionary: ReadonlyArray<{ code: string; kind: 'manajerial' | 'sosial_kultural' }>) {
  const pick = (kind: 'manajerial' | 'sosial_kultural') => dictionary.filter((d) => d.kind === kind).flatMap((d) => {
    const level = requiredLevel(table, jenjang, d.code);
    return level === null ? [] : [{ code: d.code, level }];
  });
  return { managerial: pick('manajerial'), socioCultural: pick('sosial_kultural') };
}

/** The jenjang a position's kind implies without more information (pelaksana); the others need a choice. */
export function defaultJenjang(kind: string): Jenjang | undefined {
  return kind === 'pelaksana' ? 'pelaksana' : undefined;
}

/**
 * A new SKJ of a position: the jenjang its kind implies, and the competencies at the table's levels for it (left
 * empty where the jenjang needs a choice or the table has no row).
 */
export function prefillSkj<C extends { identity: { jenjang?: Jenjang }; managerial: unknown[]; socioCultural: unknown[] }>(
  content: C, positionKind: string, table: readonly RequiredLevel[], dictionary: ReadonlyArray<{ code: string; kind: 'manajerial' | 'sosial_kultural' }>,
): C {
  const jenjang = defaultJenjang(positionKind);
  if (!jenjang) return content;
  return { ...content, identity: { ...content.identity, jenjang }, ...prefillCompetencies(table, jenjang, dictionary) };
}
