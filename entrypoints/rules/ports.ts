import { browser } from 'wxt/browser';
import { API_PREFIX, ApiError, DetectorRuleListResponse } from '../../lib/domain';
import type { DetectorRule } from '../../lib/detect/rule';
import { t } from '../../lib/i18n';
import { DetectTestAnswer, PickerAnswer, type ContentScriptRequest } from '../../lib/messaging';
import type { HostTabPort, RulesApiPort } from '../../lib/state/rules';

/** The detector-rules routes, with the signed-in admin's token. */
export function rulesApi(serverUrl: string, token: string): RulesApiPort {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${serverUrl}${API_PREFIX}/detector-rules${path}`, {
      method,
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
      const problem = ApiError.safeParse(json);
      throw new Error(problem.success ? problem.data.error : `HTTP ${response.status}`);
    }
    return json;
  };
  return {
    list: async () => DetectorRuleListResponse.parse(await call('GET', '')).rules,
    save: async (rule: DetectorRule, isNew: boolean) => {
      await (isNew ? call('POST', '', rule) : call('PUT', `/${encodeURIComponent(rule.id)}`, rule));
    },
    remove: async (id: string) => {
      await call('DELETE', `/${encodeURIComponent(id)}`);
    },
  };
}

const ownOrigin = browser.runtime.getURL('/');

/** The host tab the admin used last: the page the rule is for. */
async function hostTab(): Promise<{ id: number; url: string }> {
  const tabs = (await browser.tabs.query({})).filter(
    (tab) => tab.id !== undefined && tab.url && /^https?:/.test(tab.url) && !tab.url.startsWith(ownOrigin),
  );
  const [tab] = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  if (tab?.id === undefined || !tab.url) throw new Error(t('rules.noHostTab'));
  return { id: tab.id, url: tab.url };
}

async function ask(request: ContentScriptRequest, focus = false): Promise<unknown> {
  const tab = await hostTab();
  if (focus) await browser.tabs.update(tab.id, { active: true });
  try {
    return await browser.tabs.sendMessage(tab.id, request);
  } catch {
    // No detector there: the site is not enabled (or the tab has not finished loading).
    throw new Error(t('rules.notEnabled', { origin: new URL(tab.url).origin }));
  }
}

/** Talks to the detector content script in the host tab (lib/picker/content-script.ts). */
export const hostTabPort: HostTabPort = {
  async test(rule) {
    const answer = DetectTestAnswer.safeParse(await ask({ type: 'detect/test', rule }));
    if (!answer.success) throw new Error('unexpected answer from the page');
    return answer.data.snapshot;
  },
  async pick() {
    const self = await browser.tabs.getCurrent();
    const tab = await hostTab();
    // The picker is not part of the detector every page carries: inject it for this pick.
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/picker.js'] })
      .catch(() => undefined); // not enabled there: ask() below says so
    const raw = await ask({ type: 'picker/start' }, true);
    // Back to the editor, where the picked selector lands.
    if (self?.id !== undefined) await browser.tabs.update(self.id, { active: true }).catch(() => undefined);
    const answer = PickerAnswer.safeParse(raw);
    if (!answer.success) throw new Error('unexpected answer from the page');
    return 'cancelled' in answer.data ? null : answer.data;
  },
};
