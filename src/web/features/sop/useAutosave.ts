import type { SopContent } from '../../../domain/sop/model.ts';
import { saveSopContent, type Sop } from '../../api/sops.ts';
import { useDocumentAutosave } from '../documents/useDocumentAutosave.ts';

export { AUTOSAVE_DELAY_MS, type ConflictInfo, type SaveStatus } from '../documents/useDocumentAutosave.ts';

/** The SOP draft's autosave: the versioned-document autosave on PUT /api/sops/:id/content. */
export function useAutosave({ sopId, ...rest }: { sopId: string; initialVersion: number; content: SopContent; revision: number; enabled: boolean; onSaved?: (sop: Sop) => void }) {
  return useDocumentAutosave<SopContent, Sop>({ ...rest, documentId: sopId, saveContent: saveSopContent });
}
