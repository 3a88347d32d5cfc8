import type { InteractionSnapshot } from '../domain';
import { builtInRules } from './adapters';
import * as engine from './engine';
import type { DetectorRule } from './rule';

/*
 * lib/detect for everything but the content script: the runtime (engine.ts) with the
 * built-in adapters as default rules. The content script imports engine.ts alone and gets
 * its rules as data, which keeps 21 adapters out of every page's bundle.
 */
export { builtInRules } from './adapters';
export { sameInteraction } from './engine';
export type { DetectorRule, DetectorRuleInput } from './rule';

export function detect(
  url: URL,
  doc: Document,
  rules: readonly DetectorRule[] = builtInRules,
  now: Date = new Date(),
): InteractionSnapshot | null {
  return engine.detect(url, doc, rules, now);
}

export function watchSelectorsFor(url: URL, rules: readonly DetectorRule[] = builtInRules): string[] {
  return engine.watchSelectorsFor(url, rules);
}
