import { NOT_APPLICABLE, type ScorecardItem } from '../domain';

/** What a key does in the evaluation form; pure, so every binding is testable. */
export type KeyAction =
  | { kind: 'answer'; value: string }
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'comment' }
  | { kind: 'explain' }
  | { kind: 'note' }
  | { kind: 'submit' }
  | null;

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

const WORD_DIGITS: Record<string, string> = { yes: '1', partly: '2', no: '3' };

/**
 * Whether every option's value is a digit key of its own: 1-9 (0 is N/A), none twice. A 1-5
 * scale is; a 0-10 one is not, and answers by position instead, so no two options share a key.
 */
function answersWithOwnValues(item: ScorecardItem): boolean {
  const values = item.scale.options.map((o) => o.value);
  return values.every((v) => /^[1-9]$/.test(v)) && new Set(values).size === values.length;
}

/**
 * The digit that answers an option: 1 yes, 2 partly, 3 no, 0 N/A; other scales use their
 * own numeric values (a 1-5 scale answers with 1-5) or, failing that, their position (the
 * first nine options). The panel shows each option's digit beside it.
 */
export function digitFor(item: ScorecardItem, value: string, index: number): string | null {
  if (value === NOT_APPLICABLE) return '0';
  if (item.scale.kind === 'yes-no' || item.scale.kind === 'yes-partly-no') return WORD_DIGITS[value] ?? null;
  if (answersWithOwnValues(item)) return value;
  return index < 9 ? String(index + 1) : null;
}

export function optionForDigit(item: ScorecardItem, digit: string): string | null {
  if (digit === '0') return item.allowNotApplicable ? NOT_APPLICABLE : null;
  const index = item.scale.options.findIndex((o, i) => digitFor(item, o.value, i) === digit);
  return index >= 0 ? (item.scale.options[index]?.value ?? null) : null;
}

/** Keys inside text fields type text; only Ctrl/Cmd+Enter submits from there. */
export function keyAction(event: KeyLike, item: ScorecardItem | undefined, inTextField: boolean): KeyAction {
  if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') return { kind: 'submit' };
  if (inTextField || event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'move', by: 1 };
    case 'ArrowUp':
    case 'k':
      return { kind: 'move', by: -1 };
    case 'c':
      return { kind: 'comment' };
    case 'e':
    case '?':
      return { kind: 'explain' };
    case 'n':
      return { kind: 'note' };
  }
  if (item && /^\d$/.test(event.key)) {
    const value = optionForDigit(item, event.key);
    return value ? { kind: 'answer', value } : null;
  }
  return null;
}
