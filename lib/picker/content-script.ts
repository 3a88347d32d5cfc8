import { detect } from '../detect';
import type { DetectorRule } from '../detect/rule';
import { pickElement } from './overlay';

/*
 * The in-page side of custom detector rules, for the detector content script: the rules
 * the extension stored after a sync, and the rule editor's requests (test a rule, pick an
 * element). No zod here (the content script's size budget): rules were checked with the
 * DetectorRule schema when pulled, and the detector's compiler refuses a misshapen one;
 * the plain checks below only keep a wrong shape from throwing.
 */

/** Where lib/sync/rules.ts stores the organisation's custom rules. */
const RULES_KEY = 'detectorRules';

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

/** Calls `use` with the stored custom rules now and whenever a sync changes them. */
export function watchCustomRules(signal: AbortSignal, use: (rules: DetectorRule[]) => void): void {
  const take = (value: unknown) => use(Array.isArray(value) ? value.filter(looksLikeRule) : []);
  chrome.storage.local.get(RULES_KEY).then((items) => signal.aborted || take(items[RULES_KEY]), () => undefined);
  const changed = (changes: Changes, area: string) => {
    if (area === 'local' && RULES_KEY in changes) take(changes[RULES_KEY]?.newValue);
  };
  chrome.storage.onChanged.addListener(changed);
  signal.addEventListener('abort', () => chrome.storage.onChanged.removeListener(changed));
}

/**
 * Answers the rule editor (an extension page, through tabs.sendMessage; a content script
 * receives those only from its own extension): `detect/test` runs one rule on this page,
 * `picker/start` lets the admin click an element and answers a selector and its text.
 */
export function answerEditorRequests(signal: AbortSignal): void {
  let picking: AbortController | undefined;
  const listener = (message: unknown, sender: { id?: string }, answer: Answer): boolean => {
    if (sender.id !== chrome.runtime.id || !isObject(message)) return false;
    if (message.type === 'detect/test' && looksLikeRule(message.rule)) {
      answer({ snapshot: detect(new URL(location.href), document, [message.rule]) });
    } else if (message.type === 'picker/start') {
      picking?.abort();
      picking = new AbortController();
      void pickElement(document, AbortSignal.any([signal, picking.signal])).then(answer);
      return true; // answers later
    }
    return false;
  };
  chrome.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    picking?.abort();
    chrome.runtime.onMessage.removeListener(listener);
  });
}
