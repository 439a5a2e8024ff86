import type { sopEditorId } from './sop-editor.id.ts';

/** English texts of the sop editor: the same keys as sop-editor.id.ts. */
export const sopEditorEn: Record<keyof typeof sopEditorId, string> = {
  'sop-editor.placeholder': 'SOP',
};
