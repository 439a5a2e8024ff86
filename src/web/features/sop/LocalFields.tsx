import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useCallback, useRef, useState } from 'react';

/**
 * A text field that keeps each keystroke local (the input never waits for the rest of the editor) and hands the value
 * on to the draft. A change from outside (a conflict reload) replaces the local text.
 */
export function useLocalText(value: string, commit: (v: string) => void) {
  const [local, setLocal] = useState(value);
  const committed = useRef(value);
  if (value !== committed.current) {
    committed.current = value;
    if (value !== local) setLocal(value);
  }
  const onChange = useCallback(
    (v: string) => {
      setLocal(v);
      committed.current = v;
      // In the same batch as the local text, so the draft never lags behind what the field shows. The expensive
      // consumers (preview, checker) read the draft through useDeferredValue.
      commit(v);
    },
    [commit],
  );
  return [local, onChange] as const;
}

type Local<P> = Omit<P, 'value' | 'onChange'> & { id: string; value: string; onCommit: (v: string) => void };

export function LocalTextarea({ value, onCommit, rows = 2, ...rest }: Local<TextareaProps> & { rows?: number }) {
  const [local, onChange] = useLocalText(value, onCommit);
  return <Textarea autosize minRows={rows} maxRows={8} maxLength={2000} {...rest} value={local} onChange={(e) => onChange(e.currentTarget.value)} />;
}

export function LocalInput({ value, onCommit, ...rest }: Local<TextInputProps>) {
  const [local, onChange] = useLocalText(value, onCommit);
  return <TextInput maxLength={2000} {...rest} value={local} onChange={(e) => onChange(e.currentTarget.value)} />;
}
