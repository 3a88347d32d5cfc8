import type { User } from '../lib/domain';
import { AdminPageLink, type AdminPage } from './AdminPageLink';

/** For QA admins: opens the scorecard builder (dashboard.html) in a tab; nothing for other roles. */
export function OpenBuilderLink({ user, open }: { user: User | null; open?: (path: AdminPage) => void }) {
  return <AdminPageLink user={user} page="/dashboard.html" label="builder.openLink" open={open} />;
}
