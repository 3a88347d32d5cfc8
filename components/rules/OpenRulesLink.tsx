import { browser } from 'wxt/browser';
import type { User } from '../../lib/domain';
import { t } from '../../lib/i18n';

const RULES_PATH = '/rules.html';
const openInTab = (path: typeof RULES_PATH) => void browser.tabs.create({ url: browser.runtime.getURL(path) });

/** For QA admins: opens the detector rule editor (rules.html) in a tab; nothing for other roles. */
export function OpenRulesLink({ user, open = openInTab }: { user: User | null; open?: (path: typeof RULES_PATH) => void }) {
  if (user?.role !== 'admin') return null;
  return (
    <button type="button" class="open-rules" onClick={() => open(RULES_PATH)}>
      {t('rules.openLink')}
    </button>
  );
}
