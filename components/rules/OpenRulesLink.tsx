import type { User } from '../../lib/domain';
import { AdminPageLink, type AdminPage } from '../AdminPageLink';

/** For QA admins: opens the detector rule editor (rules.html) in a tab; nothing for other roles. */
export function OpenRulesLink({ user, open }: { user: User | null; open?: (path: AdminPage) => void }) {
  return <AdminPageLink user={user} page="/rules.html" label="rules.openLink" open={open} />;
}
