import { browser } from 'wxt/browser';
import { API_PREFIX, DetectorRuleListResponse } from '../domain';
import { parseDetectorRule, type DetectorRule } from '../detect/rule';
import type { FetchLike } from './api';

/** The storage.local key the detector content script reads custom rules from. */
export const DETECTOR_RULES_KEY = 'detectorRules';

/** The part of `browser.storage.local` the pull needs; a port so tests can pass a fake. */
export interface RuleStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type RulePull = { stored: number; skipped: { id: string; error: string }[] } | { failed: string };

function localStorageArea(): RuleStorage | undefined {
  // Absent outside an extension (unit tests of syncNow): then there is nowhere to distribute to.
  return (browser as typeof browser | undefined)?.storage?.local;
}

/**
 * Pulls the organisation's custom detector rules and stores them where the content script
 * reads them. Each rule is checked with the DetectorRule schema; one that does not pass is
 * skipped, not run. Rules are data: selectors and guarded patterns, never code.
 */
export async function pullDetectorRules(
  serverUrl: string,
  token: string,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  storage: RuleStorage | undefined = localStorageArea(),
): Promise<RulePull> {
  if (!storage) return { failed: 'no extension storage to distribute rules to' };
  let json: unknown;
  try {
    const response = await fetchImpl(`${serverUrl}${API_PREFIX}/detector-rules`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    });
    if (!response.ok) return { failed: `HTTP ${response.status}` };
    json = await response.json();
  } catch (error) {
    return { failed: error instanceof Error ? error.message : 'network error' };
  }
  const parsed = DetectorRuleListResponse.safeParse(json);
  if (!parsed.success) return { failed: 'unexpected answer from the server to GET /detector-rules' };

  const rules: DetectorRule[] = [];
  const skipped: { id: string; error: string }[] = [];
  for (const stored of parsed.data.rules) {
    const checked = parseDetectorRule(stored.rule);
    if (checked.ok) rules.push(checked.rule);
    else skipped.push({ id: stored.id, error: checked.error });
  }
  const current = (await storage.get(DETECTOR_RULES_KEY))[DETECTOR_RULES_KEY];
  // Writing only real changes spares every open tab a needless re-detection.
  if (JSON.stringify(current) !== JSON.stringify(rules)) await storage.set({ [DETECTOR_RULES_KEY]: rules });
  return { stored: rules.length, skipped };
}
