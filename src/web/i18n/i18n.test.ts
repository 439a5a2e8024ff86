import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { id } from './id.ts';
import { formatDate, formatNumber } from './format.ts';
import { langCookie, readLangCookie } from './lang.ts';
import { translate } from './index.tsx';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have the same keys in Indonesian and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('use the same placeholders in both languages, and no empty texts', () => {
    for (const key of Object.keys(id) as (keyof typeof id)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
      expect(id[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
    }
  });

  it('keep the glossary words', () => {
    expect(id['app.name']).toBe('Layanan Manajemen Ortala');
    expect(id['nav.services']).toBe('Layanan Tata Laksana');
    expect(id['channel.utama']).toBe('Kanal Layanan Utama');
    expect(id['channel.penunjang']).toBe('Kanal Layanan Penunjang');
    expect(id['service.register']).toBe('Daftar Sekarang');
    expect(id['service.standard']).toBe('Standar Pelayanan');
    expect(id['shell.skip']).toBe('Lewati ke konten utama');
    expect(en['service.register']).toBe('Register now');
  });
});

describe('translate', () => {
  it('fills placeholders, numbers in the language format', () => {
    expect(translate('id', 'table.showing', { from: 1, to: 20, total: 1250 })).toBe('Menampilkan 1–20 dari 1.250');
    expect(translate('en', 'table.showing', { from: 1, to: 20, total: 1250 })).toBe('Showing 1–20 of 1,250');
    expect(translate('id', 'service.days', { days: 31 })).toBe('31 hari kerja');
  });

  it('leaves an unknown placeholder visible rather than dropping it', () => {
    expect(translate('id', 'service.days')).toBe('{days} hari kerja');
  });
});

describe('formats', () => {
  it('writes dates as "28 November 2026" and short "28/11/2026"', () => {
    expect(formatDate('2026-11-28T03:00:00Z', 'id')).toBe('28 November 2026');
    expect(formatDate('2026-08-17T03:00:00Z', 'id')).toBe('17 Agustus 2026');
    expect(formatDate('2026-08-17T03:00:00Z', 'en')).toBe('17 August 2026');
    expect(formatDate('2026-11-28T03:00:00Z', 'id', 'short')).toBe('28/11/2026');
    expect(formatDate(null, 'id')).toBe('');
    expect(formatDate('not a date', 'id')).toBe('');
  });

  it('writes numbers as 1.250,5 in Indonesian and 1,250.5 in English', () => {
    expect(formatNumber(1250.5, 'id')).toBe('1.250,5');
    expect(formatNumber(1250.5, 'en')).toBe('1,250.5');
  });
});

describe('language cookie', () => {
  it('reads manorta_lang, Indonesian by default', () => {
    expect(readLangCookie('')).toBe('id');
    expect(readLangCookie('a=b; manorta_lang=en; c=d')).toBe('en');
    expect(readLangCookie('manorta_lang=fr')).toBe('id');
  });

  it('is remembered for a year, for the whole site, SameSite=Lax', () => {
    expect(langCookie('en')).toBe('manorta_lang=en; path=/; max-age=31536000; SameSite=Lax');
  });
});
