import { computed, signal } from '@preact/signals';
import { LoginRequest } from '../domain';
import { describeIssue } from '../messaging';
import type { DbRef, SessionRow } from '../store/db';
import { clearSession, getSession, saveSession } from '../store/session';
import { ApiClient, normalizeServerUrl, type FetchLike } from '../sync/api';
import { liveSignal, type LiveStart } from './live';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/** `start`: how the panel starts following the session (state/live.ts). */
export function createSessionModel(db: DbRef, fetchImpl?: FetchLike, start?: LiveStart<SessionRow | undefined | null>) {
  const live = liveSignal<SessionRow | undefined | null>(db, getSession, null, start);
  const session = live.value;
  const loaded = computed(() => session.value !== null);
  const user = computed(() => session.value?.user ?? null);
  const busy = signal(false);
  const error = signal<string | null>(null);

  /** Returns an error message to show, or null when signed in. */
  async function signIn(serverUrlInput: string, email: string, password: string): Promise<string | null> {
    const serverUrl = normalizeServerUrl(serverUrlInput);
    if (!serverUrl) return (error.value = 'badServer');
    const request = LoginRequest.safeParse({ email: email.trim(), password });
    if (!request.success) return (error.value = describeIssue(request.error));
    busy.value = true;
    error.value = null;
    try {
      const { token, user: signedIn } = await new ApiClient(serverUrl, null, fetchImpl).login(request.data);
      await saveSession(await db, serverUrl, token, signedIn);
      return null;
    } catch (failure) {
      return (error.value = failure instanceof Error ? failure.message : String(failure));
    } finally {
      busy.value = false;
    }
  }

  /** Forgets the session here at once, and asks the server to revoke its token (offline, it expires on its own). */
  async function signOut(): Promise<void> {
    const database = await db;
    const current = await getSession(database);
    await clearSession(database);
    if (current && !current.expired) {
      void new ApiClient(current.serverUrl, current.token, fetchImpl).logout().catch(() => undefined);
    }
  }

  return { session, loaded, user, busy, error, signIn, signOut, first: live.first, dispose: live.stop };
}

export type SessionModel = ReturnType<typeof createSessionModel>;
