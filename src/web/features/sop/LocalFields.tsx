import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** How long typing may pause before the draft (and with it the checker, preview and autosave) takes the text. */
export const COMMIT_PAUSE_MS = 250;

/**
 * A text field that keeps each keystroke local and hands the value on to the draft when typing pauses, the field
 * loses focus or leaves the screen: a keystroke re-renders one field, not the 100-step editor around it. A change
 * from outside (a conflict reload) replaces the local text unless the user is in the middle of typing.
 */
export function useLocalText(value: string, commit: (v: string) => void) {
  const [local, setLocal] = useState(value);
  const seen = useRef(value);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(commit);
  useLayoutEffect(() => {
    commitRef.current = commit;
  });
  if (value !== seen.current) {
    seen.current = value;
    if (pending.current === null && value !== local) setLocal(value);
  }
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const v = pending.current;
    if (v === null) return;
    pending.current = null;
    commitRef.current(v);
  }, []);
  const onChange = useCallback(
    (v: string) => {
      setLocal(v);
      pending.current = v;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, COMMIT_PAUSE_MS);
    },
    [flush],
  );
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
  return [local, onChange, flush] as const;
}

type Local<P> = Omit<P, 'value' | 'onChange'> & { id: string; value: string; onCommit: (v: string) => void };

export function LocalTextarea({ value, onCommit, rows = 2, ...rest }: Local<TextareaProps> & { rows?: number }) {
  const [local, onChange, flush] = useLocalText(value, onCommit);
  return (
    <Textarea
      autosize
      minRows={rows}
      maxRows={8}
      maxLength={2000}
      {...rest}
      value={local}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        flush();
        rest.onBlur?.(e);
      }}
    />
  );
}

export function LocalInput({ value, onCommit, ...rest }: Local<TextInputProps>) {
  const [local, onChange, flush] = useLocalText(value, onCommit);
  return (
    <TextInput
      maxLength={2000}
      {...rest}
      value={local}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        flush();
        rest.onBlur?.(e);
      }}
    />
  );
}
