import { browser } from 'wxt/browser';
import type { User } from '../lib/domain';
import { t } from '../lib/i18n';

const BUILDER_PATH = '/dashboard.html';
const openInTab = (path: typeof BUILDER_PATH) => void browser.tabs.create({ url: browser.runtime.getURL(path) });

/** For QA admins: opens the scorecard builder (dashboard.html) in a tab; nothing for other roles. */
export function OpenBuilderLink({ user, open = openInTab }: { user: User | null; open?: (path: typeof BUILDER_PATH) => void }) {
  if (user?.role !== 'admin') return null;
  return (
    <button type="button" class="open-builder" onClick={() => open(BUILDER_PATH)}>
      {t('builder.openLink')}
    </button>
  );
}
