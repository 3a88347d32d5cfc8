import { MAX_MONTHLY_TARGET } from '../domain/monthly-targets';
import type { CachedScorecard, Draft, HandledInteraction, LocalEvaluation, SessionRow, SettingRow } from './db';
import { DB_NAME } from './db-name';
import { draftKey } from './drafts';
import { HISTORY_LENGTH, monthStart, selfAssessmentsSince } from './evaluations';
import { HANDLED_LENGTH } from './handled';
import { byTitle } from './scorecards';
import { asSession } from './session';

/**
 * What the panel shows first, read from IndexedDB directly, without Dexie or zod.
 *
 * The side panel's first script (entrypoints/panel-start.ts) starts this while the browser is
 * still loading and evaluating the panel's modules: opening the database and reading (one
 * round trip when the user hint is right, two when not) then overlap that work instead of
 * following it. The panel's
 * model takes these answers as its first values (state/live.ts) and follows the database
 * through Dexie from then on, so a later change still shows.
 *
 * Every answer rejects when it cannot be read this way (no database yet, one being upgraded,
 * an unexpected shape): the model then waits for Dexie's answer, as it would without this.
 */
export interface FirstRead {
  /** The session row; undefined when signed out. */
  session: Promise<SessionRow | undefined>;
  /** The published scorecards, in the order the panel offers them. */
  scorecards: Promise<CachedScorecard[]>;
  /** The signed-in user's newest evaluations (none when signed out). */
  history: Promise<LocalEvaluation[]>;
  /** An agent's lists: the interactions they handled lately and their self-assessments this month (none for anyone else). */
  agent: Promise<AgentLists>;
  /**
   * The draft read ahead for the interaction in the active tab: it rejects when the one read
   * is not the one asked for (another interaction or user). Given out once, to the panel's
   * first load of a draft; null after that, when a draft is read afresh.
   */
  takeDraft: (userId: string, interactionKey: string) => Promise<Draft | undefined> | null;
}

export interface AgentLists {
  handled: HandledInteraction[];
  selfAssessmentsThisMonth: number;
}

const NO_AGENT_LISTS: AgentLists = { handled: [], selfAssessmentsThisMonth: 0 };

/** The stores and indexes read here, as lib/store/db.ts declares them. */
const NEEDS: Record<string, string[]> = {
  settings: [],
  scorecards: ['status'],
  evaluations: ['[evaluatorId+submittedAt]', '[evaluatorId+kind+submittedAt]'],
  drafts: [],
  handledInteractions: ['[userId+lastSeenAt]'],
};

class Unreadable extends Error {}

/** Where the panel remembers who was signed in last: a hint, checked against the session it reads. */
const USER_HINT = 'laatu:last-user';

/** The hint's store: the extension's localStorage, read synchronously as the panel starts. */
export interface UserHint {
  get(): string | null;
  set(userId: string): void;
}

const localHint: UserHint = {
  get: () => {
    try {
      return localStorage.getItem(USER_HINT);
    } catch {
      return null;
    }
  },
  set: (userId) => {
    try {
      localStorage.setItem(USER_HINT, userId);
    } catch {
      // without the hint the next open reads in two round trips instead of one
    }
  },
};

/**
 * Starts reading. `interactionKey` names the interaction in the active tab as its page reported
 * it, unchecked: it only chooses which draft to read ahead, and the draft is used only if the
 * panel, having checked the report, asks for that same key.
 *
 * The history and the draft belong to the signed-in user, whom only the session row names: they
 * are read alongside it for the user signed in last time (`hint`), in one round trip, and read
 * again only if the session names someone else.
 */
export function firstRead(
  interactionKey: Promise<string | null>,
  { name = DB_NAME, hint = localHint }: { name?: string; hint?: UserHint } = {},
): FirstRead {
  const session = deferred<SessionRow | undefined>();
  const scorecards = deferred<CachedScorecard[]>();
  const history = deferred<LocalEvaluation[]>();
  const agent = deferred<AgentLists>();
  const draft = deferred<DraftRead | null>();
  const all = [session, scorecards, history, agent, draft];
  const fail = (error: unknown) => all.forEach((d) => d.reject(error));
  // Opening is asked for before anything else; reading the hint may wait on the browser.
  const opened = openExisting(name);
  const hinted = hint.get();

  const keyKnown = interactionKey.catch(() => null);

  void opened.then((db) => {
    const tx = readAhead(db);
    if (!tx) {
      db.close();
      return fail(new Unreadable('the database is not shaped as this version reads it'));
    }
    tx.onabort = () => fail(tx.error ?? new Unreadable('the first read was aborted'));
    // Closed once the draft is in as well: it may be asked for after this transaction completes.
    tx.oncomplete = () => void draft.promise.then(() => db.close(), () => db.close());
    const historyOf = new Map<string, Promise<LocalEvaluation[]>>();
    const readHistory = (userId: string) => {
      historyOf.set(userId, newestOf<LocalEvaluation>(tx.objectStore('evaluations').index('[evaluatorId+submittedAt]'), userId, HISTORY_LENGTH));
    };
    // A draft is read in a transaction of its own once the active tab has named its interaction:
    // usually before the database opened, so at once; otherwise as soon as the tab answers.
    const draftOf = new Map<string, Promise<DraftRead | null>>();
    const readDraft = (userId: string): Promise<DraftRead | null> => {
      let read = draftOf.get(userId);
      if (!read) {
        read = keyKnown.then((key) => (key === null ? null : getDraftRow(db, draftKey(userId, key))));
        read.catch(() => undefined); // the hinted user's, unasked for when someone else is signed in
        draftOf.set(userId, read);
      }
      return read;
    };

    const cards = tx.objectStore('scorecards').index('status').getAll('published');
    cards.onsuccess = () => scorecards.resolve(byTitle(cards.result as CachedScorecard[]));
    const row = tx.objectStore('settings').get('session');
    if (hinted) {
      readHistory(hinted);
      void readDraft(hinted);
    }
    row.onsuccess = () => {
      const current = asSession(row.result as SettingRow | undefined);
      session.resolve(current);
      if (!current) {
        history.resolve([]);
        agent.resolve(NO_AGENT_LISTS);
        draft.resolve(null);
        return;
      }
      const userId = current.user.id;
      // An agent's lists, in this transaction still: one round trip after the session, for agents only.
      agent.resolve(current.user.role === 'agent' ? readAgentLists(tx, userId) : NO_AGENT_LISTS);
      if (userId !== hinted) {
        hint.set(userId);
        readHistory(userId);
      }
      void historyOf.get(userId)!.then(history.resolve);
      draft.resolve(readDraft(userId));
    };
  }, fail);

  let taken = false;
  return {
    session: session.promise,
    scorecards: scorecards.promise,
    history: history.promise,
    agent: agent.promise,
    takeDraft: (userId, interactionKey) => {
      if (taken) return null;
      taken = true;
      const wanted = draftKey(userId, interactionKey);
      return draft.promise.then((read) => {
        if (read?.key !== wanted) throw new Unreadable('another draft was read ahead');
        return read.row;
      });
    },
  };
}

/**
 * A user's newest `count` rows in an index keyed [userId+time], as Dexie reads them with
 * `between([userId, ''], [userId, '\uffff']).reverse().limit(count)`. Browsers with IndexedDB 3
 * (Chrome 141+) read them in one request, as Dexie does; older ones walk a cursor backwards,
 * one round trip a row.
 */
function newestOf<T>(index: IDBIndex, userId: string, count: number): Promise<T[]> {
  const range = IDBKeyRange.bound([userId, ''], [userId, '\uffff'], false, true);
  return new Promise((resolve) => {
    if ('getAllRecords' in index) {
      const read = (index.getAll as unknown as (options: { query: IDBKeyRange; count: number; direction: IDBCursorDirection }) => IDBRequest<T[]>)({
        query: range,
        count,
        direction: 'prev',
      });
      read.onsuccess = () => resolve(read.result);
      return;
    }
    const rows: T[] = [];
    const cursor = index.openCursor(range, 'prev');
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at && rows.length < count) {
        rows.push(at.value as T);
        at.continue();
      } else resolve(rows);
    };
  });
}

/**
 * An agent's handled interactions, newest first, and their self-assessments this month, counted
 * from the index as countSelfAssessments counts them: the keys only, up to the highest monthly
 * target (an index count of a month with thousands took IndexedDB 200-300 ms here).
 */
function readAgentLists(tx: IDBTransaction, userId: string): Promise<AgentLists> {
  const handled = newestOf<HandledInteraction>(tx.objectStore('handledInteractions').index('[userId+lastSeenAt]'), userId, HANDLED_LENGTH);
  const [lower, upper] = selfAssessmentsSince(userId, monthStart());
  const keys = tx.objectStore('evaluations').index('[evaluatorId+kind+submittedAt]').getAllKeys(IDBKeyRange.bound(lower, upper, false, true), MAX_MONTHLY_TARGET);
  const counted = new Promise<number>((resolve) => (keys.onsuccess = () => resolve(keys.result.length)));
  return Promise.all([handled, counted]).then(([rows, selfAssessmentsThisMonth]) => ({ handled: rows, selfAssessmentsThisMonth }));
}

/** A draft read by its key: the row, or undefined when there is none. */
interface DraftRead {
  key: string;
  row: Draft | undefined;
}

/** One draft, in a read-only transaction of its own; rejects when the database has been closed meanwhile (Dexie upgrading it). */
function getDraftRow(db: IDBDatabase, key: string): Promise<DraftRead> {
  return new Promise((resolve, reject) => {
    const read = db.transaction('drafts', 'readonly').objectStore('drafts').get(key);
    read.onsuccess = () => resolve({ key, row: read.result as Draft | undefined });
    read.onerror = () => reject(read.error ?? new Unreadable('the draft read failed'));
  });
}

/** Opens the database as it is, without creating or upgrading it (that is Dexie's work). */
function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch (error) {
      return reject(error instanceof Error ? error : new Unreadable(String(error)));
    }
    request.onupgradeneeded = () => {
      // No database yet: opening it here would create an empty one under Dexie's feet.
      request.transaction?.abort();
    };
    request.onerror = () => reject(request.error ?? new Unreadable('the database did not open'));
    request.onblocked = () => reject(new Unreadable('the database is being upgraded'));
    request.onsuccess = () => {
      const db = request.result;
      // Dexie upgrading the database (a new version of the extension) must not wait for this.
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/** One transaction over the stores read here, or null when one of them or their indexes is missing. */
function readAhead(db: IDBDatabase): IDBTransaction | null {
  const stores = Object.keys(NEEDS);
  if (!stores.every((store) => db.objectStoreNames.contains(store))) return null;
  const tx = db.transaction(stores, 'readonly');
  const shaped = stores.every((store) => NEEDS[store]!.every((index) => tx.objectStore(store).indexNames.contains(index)));
  if (shaped) return tx;
  tx.abort();
  return null;
}

function deferred<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A rejection nobody asked for (the panel took another way) is not an error to report.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
