import type { FastifyRequest } from 'fastify';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_COOKIE = 'manorta_lang';

/** The caller's language: the remembered switch first, then the browser's preference; Indonesian by default. */
export function languageOf(request: FastifyRequest): Language {
  const chosen = request.cookies?.[LANGUAGE_COOKIE];
  if (chosen === 'id' || chosen === 'en') return chosen;
  const accept = request.headers['accept-language'] ?? '';
  const first = accept.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}
