/**
 * Regular expressions in detector rules come from admins (stored as JSON on the server)
 * and run on every page change, so they are compiled defensively: a pattern that does not
 * compile, or whose shape is known to backtrack catastrophically, is refused, and every
 * input is cut to a bounded length before matching. JavaScript offers no regex timeout, so
 * this is a reasonable guard, not a proof.
 */

/** Longest pattern a rule may hold. */
export const MAX_PATTERN_LENGTH = 300;
/** Longest text a rule's pattern is ever run against (URL part or page text). */
export const MAX_MATCH_INPUT = 1000;
/**
 * Most unbounded repeats (`*`, `+`, `{n,}`) a pattern may hold: each one can multiply the
 * work on a hostile input; with two and MAX_MATCH_INPUT characters the worst case measured
 * in V8 stays under half a second.
 */
export const MAX_UNBOUNDED_REPEATS = 2;

export type PatternCheck = { ok: true; regex: RegExp; groups: number } | { ok: false; reason: string };

/** Compiles `source` if it is short, valid and free of the classic catastrophic shapes. */
export function checkPattern(source: string): PatternCheck {
  if (source.length === 0) return { ok: false, reason: 'is empty' };
  if (source.length > MAX_PATTERN_LENGTH) {
    return { ok: false, reason: `is longer than ${MAX_PATTERN_LENGTH} characters` };
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch (error) {
    return { ok: false, reason: `is not a valid regular expression (${(error as Error).message})` };
  }
  const risk = backtrackingRisk(source);
  if (risk) return { ok: false, reason: risk };
  return { ok: true, regex, groups: captureGroupCount(source) };
}

/** Runs `regex` on at most MAX_MATCH_INPUT characters of `input`. */
export function boundedExec(regex: RegExp, input: string): RegExpExecArray | null {
  return regex.exec(input.slice(0, MAX_MATCH_INPUT));
}

/** Number of capturing groups: an alternation with the empty string always matches "". */
function captureGroupCount(source: string): number {
  const match = new RegExp(`${source}|`).exec('');
  return match ? match.length - 1 : 0;
}

type Group = { quantified: boolean; alternates: boolean };

/**
 * Finds the shapes behind most catastrophic backtracking: a repeated group that itself
 * repeats (`(a+)+`), a repeated alternation (`(a|aa)*`), backreferences (`(a*)\1`), and
 * too many unbounded repeats (`\s*\s*\s*x`). Returns why the pattern is refused, or null.
 */
function backtrackingRisk(source: string): string | null {
  const stack: Group[] = [{ quantified: false, alternates: false }];
  let unbounded = 0;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const top = stack[stack.length - 1]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9k]/.test(next)) return 'uses a backreference, which can backtrack without bound';
      i += 2;
      continue;
    }
    if (ch === '[') {
      i = endOfClass(source, i);
      continue;
    }
    if (ch === '(') {
      stack.push({ quantified: false, alternates: false });
      i += 1;
      continue;
    }
    if (ch === '|') {
      top.alternates = true;
      i += 1;
      continue;
    }
    if (ch === ')') {
      const closed = stack.length > 1 ? stack.pop()! : top;
      const parent = stack[stack.length - 1]!;
      const repeat = repeatAt(source, i + 1);
      if (repeat.unbounded || repeat.many) {
        if (closed.quantified) return 'repeats a group that itself repeats (nested quantifier), which can backtrack catastrophically';
        if (closed.alternates) return 'repeats a group with alternatives, which can backtrack catastrophically';
      }
      parent.quantified ||= closed.quantified || repeat.many || repeat.unbounded;
      i += 1;
      continue;
    }
    const repeat = repeatAt(source, i);
    if (repeat.many || repeat.unbounded) top.quantified = true;
    if (repeat.unbounded) unbounded += 1;
    i += 1;
  }
  if (unbounded > MAX_UNBOUNDED_REPEATS) {
    return `has more than ${MAX_UNBOUNDED_REPEATS} unbounded repeats (*, +, {n,}), which can backtrack slowly`;
  }
  return null;
}

/** Index just after the character class that starts at `start`. */
function endOfClass(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i += 1;
  if (source[i] === ']') i += 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Whether the quantifier at `at` (if any) lets its atom repeat more than once. */
function repeatAt(source: string, at: number): { many: boolean; unbounded: boolean } {
  const ch = source[at];
  if (ch === '*' || ch === '+') return { many: true, unbounded: true };
  if (ch !== '{') return { many: false, unbounded: false };
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
  if (!braces) return { many: false, unbounded: false };
  const min = Number(braces[1]);
  const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
  return { many: max > 1, unbounded: max === Infinity };
}
