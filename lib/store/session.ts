import type { User } from '../domain';
import type { LaatuDb, SessionRow, SettingRow } from './db';

export async function getSession(db: LaatuDb): Promise<SessionRow | undefined> {
  return asSession(await db.settings.get('session'));
}

export function asSession(row: SettingRow | undefined): SessionRow | undefined {
  return row?.key === 'session' ? row : undefined;
}

export async function saveSession(db: LaatuDb, serverUrl: string, token: string, user: User): Promise<void> {
  await db.settings.put({ key: 'session', serverUrl, token, user, signedInAt: new Date().toISOString() });
}

export async function markSessionExpired(db: LaatuDb): Promise<void> {
  await db.settings.update('session', (row) => {
    if (row.key === 'session') row.expired = true;
  });
}

/** Signing out forgets the token; evaluations waiting in the outbox stay for the next sign-in. */
export async function clearSession(db: LaatuDb): Promise<void> {
  await db.settings.delete('session');
}
