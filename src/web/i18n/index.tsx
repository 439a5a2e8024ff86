import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { id, type MessageKey } from './id.ts';
import { en } from './en.ts';
import { langCookie, readLangCookie, type Lang } from './lang.ts';
import { formatDate, formatNumber } from './format.ts';

export type { Lang, MessageKey };
const dictionaries: Record<Lang, Record<MessageKey, string>> = { id, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Replaces `{name}` with params.name (numbers formatted for the language). */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text = dictionaries[lang][key] ?? id[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  date: (value: string | number | Date | null | undefined, style?: 'long' | 'short') => string;
  number: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? readLangCookie(typeof document === 'undefined' ? '' : document.cookie));

  useEffect(() => {
    document.documentElement.lang = lang;
    // Written on every start too, so that the server phrases its messages in the interface's language
    // rather than by the browser's Accept-Language.
    document.cookie = langCookie(lang);
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    document.cookie = langCookie(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      date: (v, style) => formatDate(v, lang, style),
      number: (v) => formatNumber(v, lang),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export const useT = (): Translate => useI18n().t;
