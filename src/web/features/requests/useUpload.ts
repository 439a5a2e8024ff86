import { useCallback, useRef, useState } from 'react';

export interface UploadState {
  /** 0…1 while sending, null otherwise. */
  progress: number | null;
  error: unknown;
}

/** One upload at a time, with its progress and its failure; `run` resolves to the result or null when it failed. */
export function useUpload() {
  const [state, setState] = useState<UploadState>({ progress: null, error: null });
  const busy = useRef(false);

  const run = useCallback(async <T>(send: (onProgress: (fraction: number) => void) => Promise<T>): Promise<T | null> => {
    if (busy.current) return null;
    busy.current = true;
    setState({ progress: 0, error: null });
    try {
      const result = await send((fraction) => setState((s) => ({ ...s, progress: fraction })));
      setState({ progress: null, error: null });
      return result;
    } catch (error) {
      setState({ progress: null, error });
      return null;
    } finally {
      busy.current = false;
    }
  }, []);

  const fail = useCallback((error: unknown) => setState({ progress: null, error }), []);
  const clear = useCallback(() => setState({ progress: null, error: null }), []);

  return { ...state, uploading: state.progress !== null, run, fail, clear };
}
