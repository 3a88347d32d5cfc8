import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detect } from '../detect/engine';
import type { DetectorRule } from '../detect/rule';

/*
 * The in-page side of custom detector rules, for the detector content script: the rules
 * the extension stored after a sync, and the rule editor's requests (test a rule, pick an
 * element). No zod here (the content script's size budget): rules were checked with the
 * DetectorRule schema when pulled, and the detector's compiler refuses a misshapen one;
 * the plain checks below only keep a wrong shape from throwing.
 */

/**
 * Whether this is the one live injection of a content script (`name`) into this page: a
 * second injection returns false while the first still runs, and takes over once the first
 * was invalidated (the extension reloaded or updated).
 */
export function firstInjection(name: 'laatuDetector' | 'laatuPicker', ctx: ContentScriptContext): boolean {
  const marked = globalThis as typeof globalThis & Partial<Record<typeof name, ContentScriptContext>>;
  const earlier = marked[name];
  if (earlier && !earlier.isInvalid) return false;
  marked[name] = ctx;
  return true;
}

/** Where lib/sync/rules.ts stores the organisation's custom rules. */
const RULES_KEY = 'detectorRules';
/** Where the service worker stores the built-in adapters (lib/detect/delivery.ts). */
const BUILT_IN_KEY = 'builtInDetectorRules';

type Listener<A extends unknown[], R = void> = { addListener(l: (...a: A) => R): void; removeListener(l: (...a: A) => R): void };
type Changes = Record<string, { newValue?: unknown }>;
type Answer = (answer: unknown) => void;
declare const chrome: {
  runtime: { id: string; onMessage: Listener<[unknown, { id?: string }, Answer], boolean> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> }; onChanged: Listener<[Changes, string]> };
};

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null;

/** Enough of a rule's shape that the detector can run it without throwing. */
export function looksLikeRule(value: unknown): value is DetectorRule {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    Array.isArray(value.hosts) &&
    typeof value.pathPattern === 'string' &&
    Array.isArray(value.requires) &&
    Array.isArray(value.watch) &&
    isObject(value.externalId)
  );
}

/**
 * Calls `use` with the rules to run, custom ones first (they may override a built-in one),
 * now and whenever a sync or an extension update changes them. Both come as data from
 * storage.local, so the content script bundles the rule interpreter but no rules.
 */
export function watchRules(signal: AbortSignal, use: (rules: DetectorRule[]) => void): void {
  const stored: Record<string, DetectorRule[]> = { [RULES_KEY]: [], [BUILT_IN_KEY]: [] };
  const take = (key: string, value: unknown) => {
    stored[key] = Array.isArray(value) ? value.filter(looksLikeRule) : [];
  };
  const emit = () => use([...(stored[RULES_KEY] ?? []), ...(stored[BUILT_IN_KEY] ?? [])]);
  Promise.all([RULES_KEY, BUILT_IN_KEY].map((key) => chrome.storage.local.get(key).then((items) => take(key, items[key])))).then(
    () => signal.aborted || emit(),
    () => undefined,
  );
  const changed = (changes: Changes, area: string) => {
    if (area !== 'local' || !(RULES_KEY in changes || BUILT_IN_KEY in changes)) return;
    for (const key of [RULES_KEY, BUILT_IN_KEY]) if (key in changes) take(key, changes[key]?.newValue);
    emit();
  };
  chrome.storage.onChanged.addListener(changed);
  signal.addEventListener('abort', () => chrome.storage.onChanged.removeListener(changed));
}

/**
 * Answers the rule editor's `detect/test` (an extension page, through tabs.sendMessage; a
 * content script receives those only from its own extension) with what that one rule
 * reads on this page. Picking an element is a separate script (entrypoints/picker.content.ts)
 * injected only when the admin asks, so pages do not carry the picker all day.
 */
export function answerEditorRequests(signal: AbortSignal): void {
  const listener = (message: unknown, sender: { id?: string }, answer: Answer): boolean => {
    if (sender.id !== chrome.runtime.id || !isObject(message)) return false;
    if (message.type === 'detect/test' && looksLikeRule(message.rule)) {
      answer({ snapshot: detect(new URL(location.href), document, [message.rule]) });
    }
    return false;
  };
  chrome.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => chrome.runtime.onMessage.removeListener(listener));
}

/** Answers `picker/start`: the admin clicks an element, the answer is a selector and its text. */
export function answerPickerRequests(signal: AbortSignal, pick: (signal: AbortSignal) => Promise<unknown>): void {
  let picking: AbortController | undefined;
  const listener = (message: unknown, sender: { id?: string }, answer: Answer): boolean => {
    if (sender.id !== chrome.runtime.id || !isObject(message) || message.type !== 'picker/start') return false;
    picking?.abort();
    picking = new AbortController();
    void pick(AbortSignal.any([signal, picking.signal])).then(answer);
    return true; // answers later
  };
  chrome.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    picking?.abort();
    chrome.runtime.onMessage.removeListener(listener);
  });
}
