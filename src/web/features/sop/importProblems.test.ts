import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { cellName, importProblems, isXlsxName } from './importProblems.ts';

describe('importProblems', () => {
  it('reads the problems of a refused import, by sheet and cell', () => {
    const body = {
      error: { code: 'SOP_IMPORT_INVALID', message: '2 masalah', fields: [{ path: 'Langkah!C3', message: 'x' }] },
      problems: [
        { sheet: 'Langkah', cell: 'Langkah!C3', code: 'unknown_actor', message: 'Pelaksana "Sekretaris" tidak ada di lembar Pelaksana.' },
        { sheet: 'Identitas', cell: 'Identitas!B4', code: 'required', message: 'Wajib diisi.' },
      ],
    };
    const error = new ApiError(400, 'SOP_IMPORT_INVALID', '2 masalah', body.error.fields, body);
    expect(importProblems(error)).toEqual([
      { sheet: 'Langkah', cell: 'Langkah!C3', message: 'Pelaksana "Sekretaris" tidak ada di lembar Pelaksana.' },
      { sheet: 'Identitas', cell: 'Identitas!B4', message: 'Wajib diisi.' },
    ]);
  });

  it('falls back on the field paths, and has nothing for other failures', () => {
    const error = new ApiError(400, 'SOP_IMPORT_INVALID', 'x', [{ path: 'Langkah!G5', message: 'Tujuan "Tidak" kosong.' }, { path: 'file', message: 'Bukan xlsx.' }]);
    expect(importProblems(error)).toEqual([
      { sheet: 'Langkah', cell: 'Langkah!G5', message: 'Tujuan "Tidak" kosong.' },
      { sheet: '', cell: '', message: 'Bukan xlsx.' },
    ]);
    expect(importProblems(new Error('boom'))).toEqual([]);
    expect(importProblems(new ApiError(0, 'NETWORK', ''))).toEqual([]);
  });

  it('accepts only .xlsx names and shows cells without their sheet', () => {
    expect(isXlsxName('SOP Pengaduan.XLSX')).toBe(true);
    expect(isXlsxName('sop.xls')).toBe(false);
    expect(isXlsxName('sop.xlsx.pdf')).toBe(false);
    expect(cellName('Langkah!C3')).toBe('C3');
    expect(cellName('')).toBe('');
  });
});
