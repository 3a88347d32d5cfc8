import { browser } from 'wxt/browser';
import type { User } from '../lib/domain';
import { t, type MessageKey } from '../lib/i18n';

/** The QA admins' extension pages, opened in a tab from the panel. */
export type AdminPage = '/dashboard.html' | '/rules.html';

const openInTab = (path: AdminPage) => void browser.tabs.create({ url: browser.runtime.getURL(path) });

/** For QA admins: a button that opens one of their pages in a tab; nothing for other roles. */
export function AdminPageLink({ user, page, label, open = openInTab }: {
  user: User | null;
  page: AdminPage;
  label: MessageKey;
  open?: (path: AdminPage) => void;
}) {
  if (user?.role !== 'admin') return null;
  return (
    <button type="button" class="open-admin-page" onClick={() => open(page)}>
      {t(label)}
    </button>
  );
}
