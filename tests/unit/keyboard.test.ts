import { describe, expect, test } from 'vitest';
import { yesNoScale, yesPartlyNoScale, type ScorecardItem } from '../../lib/domain';
import { keyAction, optionForDigit } from '../../lib/state/keyboard';

const item = (over: Partial<ScorecardItem> = {}): ScorecardItem => ({
  id: 'i', text: 'Item', explanation: '', scale: yesPartlyNoScale(), allowNotApplicable: true, critical: 'none', ...over,
});
const range: ScorecardItem = item({
  scale: { kind: 'range', options: [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n), points: n - 1, fails: n === 1 })) },
});

describe('keyboard bindings', () => {
  test('1 yes, 2 partly, 3 no, 0 N/A', () => {
    expect(['1', '2', '3', '0'].map((d) => optionForDigit(item(), d))).toEqual(['yes', 'partly', 'no', 'na']);
  });
  test('a yes/no item has no "partly" digit and N/A only where allowed', () => {
    const yn = item({ scale: yesNoScale(), allowNotApplicable: false });
    expect(optionForDigit(yn, '2')).toBeNull();
    expect(optionForDigit(yn, '3')).toBe('no');
    expect(optionForDigit(yn, '0')).toBeNull();
  });
  test("a numeric scale answers with its own values", () => {
    expect(optionForDigit(range, '4')).toBe('4');
    expect(optionForDigit(range, '9')).toBeNull();
  });
  test('moves, comments, explanations, notes and submit', () => {
    expect(keyAction({ key: 'ArrowDown' }, item(), false)).toEqual({ kind: 'move', by: 1 });
    expect(keyAction({ key: 'k' }, item(), false)).toEqual({ kind: 'move', by: -1 });
    expect(keyAction({ key: 'c' }, item(), false)).toEqual({ kind: 'comment' });
    expect(keyAction({ key: 'e' }, item(), false)).toEqual({ kind: 'explain' });
    expect(keyAction({ key: 'n' }, item(), false)).toEqual({ kind: 'note' });
    expect(keyAction({ key: 'Enter', ctrlKey: true }, item(), false)).toEqual({ kind: 'submit' });
  });
  test('text fields keep their keys, except Ctrl+Enter', () => {
    expect(keyAction({ key: '1' }, item(), true)).toBeNull();
    expect(keyAction({ key: 'c' }, item(), true)).toBeNull();
    expect(keyAction({ key: 'Enter', metaKey: true }, item(), true)).toEqual({ kind: 'submit' });
  });
});
