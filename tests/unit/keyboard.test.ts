import { describe, expect, test } from 'vitest';
import { yesNoScale, yesPartlyNoScale, type ScorecardItem } from '../../lib/domain';
import { digitFor, keyAction, optionForDigit } from '../../lib/state/keyboard';

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
  test('a scale whose values are not each a key of their own answers by position, one key per option', () => {
    const steps = (from: number, to: number) =>
      item({
        allowNotApplicable: true,
        scale: { kind: 'range', options: Array.from({ length: to - from + 1 }, (_, i) => ({ value: String(from + i), label: String(from + i), points: i, fails: i === 0 })) },
      });
    // 0-10: "0" is N/A's key and "10" has none, so the first nine steps answer 1-9.
    const nps = steps(0, 10);
    expect(nps.scale.options.map((o, i) => digitFor(nps, o.value, i))).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', null, null]);
    expect(optionForDigit(nps, '1')).toBe('0');
    expect(optionForDigit(nps, '0')).toBe('na');
    // 5-10: the key shown beside each step is the key that answers it.
    const upper = steps(5, 10);
    for (const [i, option] of upper.scale.options.entries()) expect(optionForDigit(upper, digitFor(upper, option.value, i)!)).toBe(option.value);
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
