export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The server reads this cookie for the language of its messages (src/server/http/language.ts). */
export const LANG_COOKIE = 'manorta_lang';
const ONE_YEAR = 60 * 60 * 24 * 365;

export function readLangCookie(cookie: string): Lang {
  const match = /(?:^|;\s*)manorta_lang=(id|en)(?:;|$)/.exec(cookie);
  return match ? (match[1] as Lang) : 'id';
}

export function langCookie(lang: Lang): string {
  return `${LANG_COOKIE}=${lang}; path=/; max-age=${ONE_YEAR}; SameSite=Lax`;
}
