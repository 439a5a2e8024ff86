import { useEffect, useState } from 'react';
import type { SopContent } from '../../../domain/sop/model.ts';

/**
 * The editor's draft: the content and how many edits it holds. Every change goes through `dispatch` as a pure
 * function of the content (from src/domain/sop/edit.ts or a field update), so rows can hold a stable callback.
 */
export interface DraftState {
  content: SopContent;
  revision: number;
}

export type DraftAction =
  | { type: 'edit'; apply: (content: SopContent) => SopContent }
  | { type: 'load'; content: SopContent };

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  if (action.type === 'load') return { content: action.content, revision: state.revision + 1 };
  const content = action.apply(state.content);
  return content === state.content ? state : { content, revision: state.revision + 1 };
}

export type Edit = (apply: (content: SopContent) => SopContent) => void;

/**
 * The value once it has stopped changing for `ms`: the flowchart layout of a 100-step SOP takes longer than the
 * pause between two keystrokes, so the preview (and the step pickers' labels) follow the draft after a short pause
 * instead of between keystrokes. The first value is passed at once.
 */
export function usePausedValue<T>(value: T, ms: number): T {
  const [paused, setPaused] = useState(value);
  useEffect(() => {
    if (Object.is(value, paused)) return;
    const timer = setTimeout(() => setPaused(value), ms);
    return () => clearTimeout(timer);
  }, [value, paused, ms]);
  return paused;
}
