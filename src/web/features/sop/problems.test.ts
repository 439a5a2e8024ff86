import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, type SopProblem } from '../../../domain/sop/checker.ts';
import { en } from '../../i18n/en.ts';
import { id } from '../../i18n/id.ts';
import { translate, type Lang, type MessageKey } from '../../i18n/index.tsx';
import { formatDuration, problemKey, problemMessage, sortProblems } from './problems.ts';

const t = (lang: Lang) => (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
const sample = (code: SopProblem['code'], params: SopProblem['params'] = {}): SopProblem => ({
  severity: 'error',
  code,
  path: code === 'related_empty' ? 'identity.related.1.title' : 'steps.3',
  params: { step: 4, field: 'title', actor: 'Sekretaris', title: 'SOP Lain', ...params },
});

describe('problem messages', () => {
  it('have a sentence for every checker code in Indonesian and English, every placeholder filled', () => {
    for (const code of PROBLEM_CODES) {
      for (const exit of code === 'decision_missing_exit' ? ['yes', 'no'] : [undefined]) {
        const problem = sample(code, exit ? { exit } : {});
        const key = problemKey(problem);
        expect(id[key], key).toBeTruthy();
        expect(en[key], key).toBeTruthy();
        for (const lang of ['id', 'en'] as const) {
          const text = problemMessage(problem, t(lang));
          expect(text, `${lang} ${code}`).not.toMatch(/[{}]/);
          expect(text).not.toContain('sop-docs.');
        }
      }
    }
  });

  it('names the step, the decision exit and the identity field', () => {
    expect(problemMessage(sample('decision_missing_exit', { exit: 'no' }), t('id'))).toBe('Langkah 4: keputusan belum memiliki tujuan "Tidak".');
    expect(problemMessage(sample('decision_missing_exit', { exit: 'yes' }), t('en'))).toBe('Step 4: the decision has no "Yes" target.');
    expect(problemMessage(sample('identity_required', { field: 'ratifiedBy.name' }), t('id'))).toBe('Identitas: Nama pengesah wajib diisi.');
    expect(problemMessage(sample('related_empty'), t('id'))).toBe('Identitas: SOP terkait nomor 2 belum diberi nama.');
  });

  it('puts errors before warnings', () => {
    const problems: SopProblem[] = [
      { ...sample('actor_unused'), severity: 'warning' },
      sample('time_missing'),
      { ...sample('terminator_continues'), severity: 'warning' },
      sample('identity_required'),
    ];
    const sorted = sortProblems(problems);
    expect(sorted.map((p) => p.code)).toEqual(['time_missing', 'identity_required', 'actor_unused', 'terminator_continues']);
  });
});

describe('formatDuration', () => {
  it('writes the non-zero parts', () => {
    expect(formatDuration({ hari: 2, jam: 3, menit: 0 }, t('id'))).toBe('2 hari 3 jam');
    expect(formatDuration({ hari: 0, jam: 0, menit: 45 }, t('en'))).toBe('45 minutes');
    expect(formatDuration({ hari: 0, jam: 0, menit: 0 }, t('id'))).toBe('0 menit');
  });
});
