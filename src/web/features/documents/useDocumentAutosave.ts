import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client.ts';

/** Where the draft stands against the server. */
export type SaveStatus =
  | { kind: 'saved'; version: number }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'retrying'; attempt: number }
  | { kind: 'invalid'; message: string; fields: { path: string; message: string }[] }
  | { kind: 'conflict'; current: ConflictInfo };

/** Who saved the version the draft collided with. */
export interface ConflictInfo {
  version: number;
  savedBy: { id: string; name: string } | null;
  savedAt: string | null;
}

export const AUTOSAVE_DELAY_MS = 1500;
const RETRY_DELAYS_MS = [2000, 4000, 8000, 15000, 30000];

function conflictOf(body: unknown, fallbackVersion: number): ConflictInfo {
  const current = (body as { current?: Partial<ConflictInfo> } | undefined)?.current;
  return {
    version: typeof current?.version === 'number' ? current.version : fallbackVersion,
    savedBy: current?.savedBy ?? null,
    savedAt: typeof current?.savedAt === 'string' ? current.savedAt : null,
  };
}

/**
 * The autosave of every versioned document (the SOP editor wraps it in features/sop/useAutosave.ts), generic over the document and its save call, for
 * the job documents and any later versioned document. Saves the draft ~1.5 s after the last change (and at once on `flush`: blur, leaving the page), with the version
 * the edits were made on. A 409 stops saving until the user chooses (`resolveConflict`); it never overwrites
 * silently. A failed network keeps the edits and retries with growing pauses.
 */
export function useDocumentAutosave<C, R extends { version: number }>({
  documentId,
  initialVersion,
  content,
  revision,
  enabled,
  saveContent,
  onSaved,
}: {
  documentId: string;
  initialVersion: number;
  /** The draft; `revision` counts the user's edits (0 = as loaded). */
  content: C;
  revision: number;
  enabled: boolean;
  /** The PUT with the version the edits were made on; a 409 must reject with an ApiError whose `isConflict` is set. */
  saveContent: (documentId: string, input: { version: number; content: C }) => Promise<R>;
  onSaved?: (saved: R) => void;
}) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', version: initialVersion });
  const version = useRef(initialVersion);
  const latest = useRef({ content, revision });
  latest.current = { content, revision };
  const savedRevision = useRef(revision);
  const inFlight = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempts = useRef(0);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const saveRef = useRef(saveContent);
  saveRef.current = saveContent;

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const save = useCallback(async () => {
    clearTimer();
    if (inFlight.current || blocked.current || !enabled) return;
    const { content: sending, revision: sentRevision } = latest.current;
    if (sentRevision === savedRevision.current) return;
    inFlight.current = true;
    setStatus({ kind: 'saving' });
    try {
      const saved = await saveRef.current(documentId, { version: version.current, content: sending });
      version.current = saved.version;
      savedRevision.current = sentRevision;
      attempts.current = 0;
      onSavedRef.current?.(saved);
      inFlight.current = false;
      if (latest.current.revision !== sentRevision) {
        setStatus({ kind: 'pending' });
        timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
      } else setStatus({ kind: 'saved', version: saved.version });
    } catch (error) {
      inFlight.current = false;
      if (isApiError(error) && error.isConflict) {
        blocked.current = true;
        setStatus({ kind: 'conflict', current: conflictOf(error.body, version.current + 1) });
      } else if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
        // The server refused the content: the next edit tries again.
        setStatus({ kind: 'invalid', message: error.message, fields: error.fields });
      } else {
        const delay = RETRY_DELAYS_MS[Math.min(attempts.current, RETRY_DELAYS_MS.length - 1)];
        attempts.current += 1;
        setStatus({ kind: 'retrying', attempt: attempts.current });
        timer.current = setTimeout(() => void save(), delay);
      }
    }
  }, [documentId, enabled]);

  // Every edit (a new revision) restarts the pause.
  useEffect(() => {
    if (!enabled || blocked.current || revision === savedRevision.current) return;
    if (!inFlight.current) setStatus((s) => (s.kind === 'retrying' ? s : { kind: 'pending' }));
    clearTimer();
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [revision, enabled, save]);

  const flush = useCallback(() => {
    if (latest.current.revision !== savedRevision.current) void save();
  }, [save]);

  // Leaving the tab or the page saves what is pending; the browser asks before closing over unsaved edits.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onUnload = (event: BeforeUnloadEvent) => {
      if (latest.current.revision === savedRevision.current) return;
      flush();
      event.preventDefault();
    };
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('beforeunload', onUnload);
      clearTimer();
    };
  }, [flush]);

  /**
   * After a conflict: 'reload' takes the latest version (the caller replaces the draft, `revision` becomes the
   * loaded one); 'overwrite' saves the draft as a new version on top of the latest.
   */
  const resolveConflict = useCallback(
    (choice: { kind: 'reload'; version: number; revision: number } | { kind: 'overwrite'; version: number }) => {
      blocked.current = false;
      version.current = choice.version;
      if (choice.kind === 'reload') {
        savedRevision.current = choice.revision;
        setStatus({ kind: 'saved', version: choice.version });
      } else {
        savedRevision.current = -1;
        void save();
      }
    },
    [save],
  );

  return { status, flush, resolveConflict, version: version.current };
}
