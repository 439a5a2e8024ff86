/** Indonesian texts of the sop editor (spread into id.ts). */
export const sopEditorId = {
  'sop-editor.placeholder': 'SOP',
} as const;
