import type { RequiredAttachment } from '../../api/types.ts';
import type { MessageKey } from '../../i18n/index.tsx';

/** As the server reads it: the part after the last dot of the name, lower case. */
export function extensionOf(fileName: string): string {
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** For the file picker: ".pdf,.docx". */
export const acceptOf = (types: readonly string[]) => types.map((t) => `.${t}`).join(',');

export const typesText = (types: readonly string[]) => types.map((t) => t.toUpperCase()).join(', ');

export interface FileProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}

/**
 * The checks the server makes while streaming (type by extension, size, not empty), made before anything is sent:
 * on a slow network a refused 20 MB upload costs minutes.
 */
export function checkFile(file: { name: string; size: number }, rule: Pick<RequiredAttachment, 'types' | 'maxMb'>): FileProblem | null {
  if (!rule.types.includes(extensionOf(file.name))) return { key: 'req.file.type', params: { types: typesText(rule.types) } };
  if (file.size === 0) return { key: 'req.file.empty', params: {} };
  if (file.size > rule.maxMb * 1024 * 1024) return { key: 'req.file.tooLarge', params: { mb: rule.maxMb } };
  return null;
}

/** The server's rules for files on a note (src/server/modules/requests/comment-files.ts), checked here first. */
export const COMMENT_FILES_MAX = 5;
export const COMMENT_FILE_TYPES: readonly string[] = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods', 'png', 'jpg', 'jpeg'];
const COMMENT_FILE_DEFAULT_MB = 10;

/** A note's files may be as large as the largest attachment of the request's service. */
export function commentFileRule(attachments: readonly Pick<RequiredAttachment, 'maxMb'>[]): Pick<RequiredAttachment, 'types' | 'maxMb'> {
  return { types: [...COMMENT_FILE_TYPES], maxMb: Math.max(0, ...attachments.map((a) => a.maxMb)) || COMMENT_FILE_DEFAULT_MB };
}
