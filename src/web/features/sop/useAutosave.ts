import { useCallback, useRef } from 'react';
import type { SopContent } from '../../../domain/sop/model.ts';
import { isApiError } from '../../api/client.ts';
import { saveSopContent, type Sop } from '../../api/sops.ts';
import { useDocumentAutosave } from '../documents/useDocumentAutosave.ts';

export { AUTOSAVE_DELAY_MS, type ConflictInfo, type SaveStatus } from '../documents/useDocumentAutosave.ts';

/**
 * The SOP draft's autosave: the versioned-document autosave on PUT /api/sops/:id/content. `onNotDraft` hears of a
 * save refused because the SOP is no longer a draft (ratified meanwhile: 409 SOP_NOT_DRAFT).
 */
export function useAutosave({ sopId, onNotDraft, ...rest }: { sopId: string; initialVersion: number; content: SopContent; revision: number; enabled: boolean; onSaved?: (sop: Sop) => void; onNotDraft?: () => void }) {
  const notDraft = useRef(onNotDraft);
  notDraft.current = onNotDraft;
  const saveContent = useCallback(async (id: string, input: { version: number; content: SopContent }) => {
    try {
      return await saveSopContent(id, input);
    } catch (error) {
      if (isApiError(error) && error.code === 'SOP_NOT_DRAFT') notDraft.current?.();
      throw error;
    }
  }, []);
  return useDocumentAutosave<SopContent, Sop>({ ...rest, documentId: sopId, saveContent });
}
