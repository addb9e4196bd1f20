import { diffWords } from 'diff';

/** A run of words that stayed, was deleted or was inserted. */
export interface DiffSegment {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

/** Word-level changes from `before` to `after`, for the correction's before/after view. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? 'ins' : part.removed ? 'del' : 'same',
    text: part.value,
  }));
}
