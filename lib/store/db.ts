import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME } from './db-name';
import type { Answers, EvaluationInput, EvaluationMode, FeedbackInput, ScoreResult, ScorecardVersion, TimedNote, User } from '../domain';

/** The signed-in user's session; credentials live only in extension storage. */
export interface SessionRow {
  key: 'session';
  serverUrl: string;
  token: string;
  user: User;
  signedInAt: string;
  /** Set when the server answered 401: sync waits for a new sign-in. */
  expired?: boolean;
}

export type SyncState = 'pending' | 'synced' | 'rejected';

export interface LocalEvaluation extends EvaluationInput {
  evaluatorId: string;
  interactionKey: string;
  scorecardTitle: string;
  /** Score as computed in the panel; replaced by the server's once synced. */
  score: ScoreResult;
  syncState: SyncState;
  /** Why the server refused it, or (with `correctionRefused`) refused its last correction. */
  syncError?: string;
  /** The server refused a correction: the row is as the server has it, `syncError` says why. */
  correctionRefused?: boolean;
  syncedAt?: string;
  revision?: number;
  /** When the server first received it: the correction window counts from here. */
  serverCreatedAt?: string;
  /** While a correction waits for the server: the content the server last accepted, shown again if it refuses the correction. */
  accepted?: AcceptedEvaluation;
}

/** An evaluation as the server last accepted it. */
export type AcceptedEvaluation = Omit<LocalEvaluation, 'accepted' | 'syncError' | 'correctionRefused'>;

/** Work in progress on one interaction by one evaluator, written on every change. */
export interface Draft {
  key: string;
  userId: string;
  interactionKey: string;
  scorecardId: string;
  scorecardVersion: number;
  answers: Answers;
  /** Answers on the encounter's other forms, by `scorecardId@version`: switching back finds them. */
  otherForms?: Record<string, Answers>;
  comment: string;
  startedAt: string;
  activeSeconds: number;
  updatedAt: string;
  mode?: EvaluationMode;
  notes?: TimedNote[];
  agentEmail?: string;
  /** When the co-listening timer started (ISO); notes are stamped relative to it. */
  timerStartedAt?: string;
  /** Set when this draft corrects an already submitted evaluation. */
  correctsId?: string;
}

/** One write waiting to reach the server; removed only after the server acknowledged it. */
export type OutboxRow = OutboxBase &
  ({ kind: 'evaluation.put'; payload: EvaluationInput } | { kind: 'feedback.put'; payload: FeedbackInput });

interface OutboxBase {
  seq?: number;
  entityId: string;
  userId: string;
  idempotencyKey: string;
  attempts: number;
  nextAttemptAt: number;
  createdAt: string;
  lastError?: string;
  /** A permanent refusal (4xx): kept, never retried on its own, shown to the user. */
  rejected?: boolean;
}

export interface CachedScorecard extends ScorecardVersion {
  cachedAt: string;
}

export interface SyncStatusRow {
  key: 'sync';
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  lastError?: string;
  consecutiveFailures: number;
  nextAttemptAt?: number;
}

/** How far this device has pulled its user's own evaluations from the server (lib/sync/pull.ts). */
export interface EvaluationPullRow {
  key: 'evaluationPull';
  serverUrl: string;
  userId: string;
  /** The newest server `updatedAt` pulled: the next pull asks for changes since then. */
  pulledUpTo: string;
}

export type SettingRow = SessionRow | SyncStatusRow | EvaluationPullRow;

/** An interaction the signed-in agent handled, seen on their own desk; offered for self-assessment. */
export interface HandledInteraction {
  key: string;
  userId: string;
  interactionKey: string;
  snapshot: import('../domain').InteractionSnapshot;
  firstSeenAt: string;
  lastSeenAt: string;
}

/** A QA admin's scorecard work in progress, kept locally until the server has it. */
export interface ScorecardDraftRow {
  /** scorecardId, or a local id for a scorecard not yet created on the server. */
  id: string;
  userId: string;
  version: ScorecardVersion;
  updatedAt: string;
  /** Set once the server has this exact content. */
  savedAt?: string;
}

export class LaatuDb extends Dexie {
  settings!: Dexie.Table<SettingRow, string>;
  scorecards!: Dexie.Table<CachedScorecard, [string, number]>;
  evaluations!: EntityTable<LocalEvaluation, 'id'>;
  drafts!: EntityTable<Draft, 'key'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  handledInteractions!: EntityTable<HandledInteraction, 'key'>;
  scorecardDrafts!: EntityTable<ScorecardDraftRow, 'id'>;

  constructor(name = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // Strict durability: a submitted evaluation is on disk when the transaction resolves.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      settings: 'key',
      scorecards: '[scorecardId+version], scorecardId, status',
      evaluations: 'id, evaluatorId, interactionKey, submittedAt, syncState, [evaluatorId+submittedAt]',
      drafts: 'key, userId, interactionKey, updatedAt',
      outbox: '++seq, entityId, nextAttemptAt',
    });
    this.version(2).stores({
      handledInteractions: 'key, userId, [userId+lastSeenAt]',
      scorecardDrafts: 'id, userId, updatedAt',
    });
    // An agent's self-assessments this month are counted from an index, without reading each
    // evaluation: with thousands stored, reading them all held the panel's first paint up.
    this.version(3).stores({
      evaluations: 'id, evaluatorId, interactionKey, submittedAt, syncState, [evaluatorId+submittedAt], [evaluatorId+kind+submittedAt]',
    });
  }
}

/** The database, or its promise where Dexie loads after the page's first paint (the side panel: lazy-db.ts). */
export type DbRef = LaatuDb | PromiseLike<LaatuDb>;

let shared: LaatuDb | undefined;

/** The one database of this extension origin, shared by the panel and the service worker. */
export function getDb(): LaatuDb {
  shared ??= new LaatuDb();
  return shared;
}
