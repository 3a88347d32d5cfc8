import { batch, computed, effect, signal, type Signal } from '@preact/signals';
import { interactionKey, type InteractionSnapshot, type ScorecardVersion } from '../domain';
// The store's modules, not its index: the index brings Dexie, which the side panel loads after its first paint.
import type { CachedScorecard, DbRef, LocalEvaluation } from '../store/db';
import { HISTORY_LENGTH, latestOwnEvaluation, recentEvaluations } from '../store/evaluations';
import { queueFeedback } from '../store/feedback';
import type { FirstRead } from '../store/first-read';
import { publishedScorecards, scorecardVersion } from '../store/scorecards';
import { getSession } from '../store/session';
import { ApiClient, type FetchLike } from '../sync';
import { createActiveInteractionModel, type TabsPort } from './active-interaction';
import { createAgentModel } from './agent';
import { createEvaluationModel } from './evaluation';
import { liveSignal, startAfterPaint } from './live';
import { manualSnapshot } from './manual';
import { createScorecardChoice } from './scorecard-choice';
import { createSessionModel } from './session';
import { createSyncModel } from './sync-status';

/** Where a phrase sent to an agent is: in the outbox, refused by the server, or delivered. */
export type Delivery = { state: 'waiting' } | { state: 'sent' } | { state: 'refused'; reason: string };

/** What the panel's first script started (entrypoints/panel-start.ts), and when the panel first painted. */
export interface PanelStartup {
  early: FirstRead;
  /** Until then the model shows what `early` read, and Dexie stays out of the first paint's way. */
  painted: Promise<void>;
}

/** Everything the evaluator's panel shows, wired once; components only render it. */
export function createPanelModel(db: DbRef, tabs: TabsPort, fetchImpl?: FetchLike, startup?: PanelStartup) {
  const { early, painted } = startup ?? {};
  const session = createSessionModel(db, fetchImpl, startAfterPaint(early?.session, painted));
  const active = createActiveInteractionModel(tabs);
  const sync = createSyncModel(db, fetchImpl, painted);
  const scorecards = liveSignal<CachedScorecard[]>(db, publishedScorecards, [], startAfterPaint(early?.scorecards, painted));

  /** An interaction chosen by hand (typed id, a handled interaction, a correction) over the detected one. */
  const override = signal<InteractionSnapshot | null>(null);
  const interaction = computed(() => override.value ?? active.snapshot.value);
  const choice = createScorecardChoice({ scorecards: scorecards.value, interaction, user: session.user });
  const { scorecard } = choice;
  /** An evaluation opened read-only from the history, with the exact version it was scored on. */
  const viewing = signal<{ evaluation: LocalEvaluation; version: ScorecardVersion | null } | null>(null);

  // Reads the session inside the query so that signing in or out re-runs it.
  const history = liveSignal<LocalEvaluation[]>(
    db,
    async (database) => {
      const current = await getSession(database);
      return current ? recentEvaluations(database, current.user.id) : [];
    },
    [],
    startAfterPaint(early?.history, painted),
  );
  /**
   * The user's own evaluation of the interaction in view, if they have one: the panel says so
   * above the form, with the way to open or correct it. Found in the history, or read for one
   * older than the history lists.
   */
  const older = signal<{ key: string; row: LocalEvaluation | undefined } | null>(null);
  const viewedKey = computed(() => {
    const user = session.user.value;
    const target = interaction.value;
    return user && target ? { userId: user.id, key: interactionKey(target) } : null;
  });
  const inHistory = (viewed: { userId: string; key: string }) =>
    history.value.value.find((e) => e.evaluatorId === viewed.userId && e.interactionKey === viewed.key);
  const own = computed<LocalEvaluation | null>(() => {
    const viewed = viewedKey.value;
    if (!viewed) return null;
    const recent = inHistory(viewed);
    const read = older.value;
    return recent ?? (read?.key === `${viewed.userId}|${viewed.key}` ? (read.row ?? null) : null);
  });
  const stopReadingOwn = effect(() => {
    const viewed = viewedKey.value;
    // A history shorter than its length holds all the user's evaluations.
    if (!viewed || history.value.value.length < HISTORY_LENGTH || inHistory(viewed)) return;
    const key = `${viewed.userId}|${viewed.key}`;
    if (older.peek()?.key === key) return;
    void Promise.resolve(painted)
      .then(() => db)
      .then((database) => latestOwnEvaluation(database, viewed.userId, viewed.key))
      .then(
        (row) => {
          const now = viewedKey.peek();
          if (now && `${now.userId}|${now.key}` === key) older.value = { key, row };
        },
        (error: unknown) => console.error('Laatu: could not read your earlier evaluation', error),
      );
  });
  const evaluation = createEvaluationModel({
    db,
    user: session.user,
    interaction,
    scorecard,
    earlyDraft: early?.takeDraft,
    onRestored: choice.followDraft({
      correcting: () => evaluation.correctsId.peek() !== null,
      versionOf: (scorecardId, version) => versionOf(scorecardId, version),
    }),
  });
  const agent = createAgentModel(db, session.user, active.snapshot, interaction, fetchImpl, early && painted ? { lists: early.agent, painted } : undefined);

  /**
   * Settles once everything the panel first shows is in: the session, the scorecards, the
   * history, the active tab's interaction and its draft. The panel then paints once, whole,
   * instead of once for each of them as it arrives.
   */
  async function firstData(): Promise<void> {
    await Promise.all([session.first, scorecards.first, history.first, active.first, agent.first]);
    await evaluation.settled();
  }

  function useManualInteraction(text: string, pageUrl: string | null): 'manual.invalid' | null {
    const snapshot = manualSnapshot(text, pageUrl);
    if (!snapshot) return 'manual.invalid';
    override.value = snapshot;
    return null;
  }

  /** A phrase sent to the agent, and whether it has reached the server: waiting in the outbox, refused, or sent. */
  const lastSent = signal<{ agent: string; text: string; delivery: Signal<Delivery> } | null>(null);
  let stopWatchingDelivery = () => undefined as void;

  async function sendFeedback(kind: 'encouragement' | 'feedback', text: string): Promise<boolean> {
    const who = session.user.value;
    const email = evaluation.agentEmail.value || interaction.value?.agentEmail;
    const target = interaction.value;
    if (!who || !email) return false;
    const id = crypto.randomUUID();
    await queueFeedback(
      await db,
      { id, agentEmail: email, kind, text, interactionKey: target ? interactionKey(target) : undefined, sentAt: new Date().toISOString() },
      who.id,
    );
    stopWatchingDelivery();
    // Follows its outbox row: the row leaves once the server has the phrase, or stays refused.
    const watched = liveSignal<Delivery>(
      db,
      async (database) => {
        const row = await database.outbox.where('entityId').equals(id).first();
        return !row ? { state: 'sent' } : row.rejected ? { state: 'refused', reason: row.lastError ?? '' } : { state: 'waiting' };
      },
      { state: 'waiting' },
    );
    stopWatchingDelivery = watched.stop;
    lastSent.value = { agent: email, text, delivery: watched.value };
    void sync.run();
    return true;
  }

  /** One exact version of a scorecard, as an evaluation was scored on it: from this device, else from the server (then kept). */
  async function versionOf(scorecardId: string, version: number): Promise<ScorecardVersion | null> {
    const stored = await scorecardVersion(await db, scorecardId, version);
    if (stored) return stored;
    const current = session.session.peek();
    if (!current || current.expired) return null;
    const fetched = await new ApiClient(current.serverUrl, current.token, fetchImpl).scorecardVersion(scorecardId, version).catch(() => null);
    if (fetched) await (await db).scorecards.put({ ...fetched, cachedAt: new Date().toISOString() });
    return fetched;
  }

  async function open(evaluationRow: LocalEvaluation): Promise<void> {
    viewing.value = { evaluation: evaluationRow, version: await versionOf(evaluationRow.scorecardId, evaluationRow.scorecardVersion) };
  }

  /** The version the agent's self-assessment was scored on, for the side-by-side view. */
  const comparison = signal<{ pair: NonNullable<typeof agent.pair.value>; version: ScorecardVersion } | null>(null);
  const stopComparing = effect(() => {
    const pair = agent.pair.value;
    if (!pair) {
      comparison.value = null;
      return;
    }
    void versionOf(pair.self.scorecardId, pair.self.scorecardVersion).then(
      (version) => {
        if (agent.pair.peek() === pair) comparison.value = version ? { pair, version } : null;
      },
      (error: unknown) => console.error('Laatu: could not read the scorecard version to compare on', error),
    );
  });

  /**
   * Correcting reopens the evaluation on its interaction and the exact version it was scored on;
   * a submit makes a new revision. Says why not when that version cannot be read.
   */
  async function correct(evaluationRow: LocalEvaluation): Promise<'correct.versionMissing' | null> {
    const exact = await versionOf(evaluationRow.scorecardId, evaluationRow.scorecardVersion);
    if (!exact) return 'correct.versionMissing';
    batch(() => {
      override.value = { ...evaluationRow.interaction, confidence: 1, missing: [], detectedAt: new Date().toISOString() };
      choice.choose(evaluationRow.scorecardId, evaluationRow.interactionKey, exact);
      viewing.value = null;
    });
    await evaluation.correct(evaluationRow);
    return null;
  }

  // The server counts the window from when it first received the evaluation.
  const correctionOpen = (row: LocalEvaluation): boolean =>
    Date.now() - Date.parse(row.serverCreatedAt ?? row.submittedAt) < agent.settings.value.correctionWindowHours * 3_600_000;

  /** Signing out leaves nothing of this user's choices behind for the next one. */
  async function signOut(): Promise<void> {
    override.value = null;
    choice.reset();
    stopWatchingDelivery();
    lastSent.value = null;
    viewing.value = null;
    await session.signOut();
  }

  /**
   * Starts the server's part: the outbox's sync and what the server has for this user. Called
   * once the panel has shown what it holds locally, and again on signing in.
   */
  function connect(): void {
    void sync.run();
    agent.start();
  }

  return {
    session,
    signOut,
    connect,
    firstData,
    active,
    sync,
    agent,
    scorecards: scorecards.value,
    choices: choice.choices,
    chooseScorecard: choice.choose,
    baseScorecard: choice.baseScorecard,
    scorecard,
    rushHour: choice.rushHour,
    rushHourScorecard: choice.rushHourScorecard,
    override,
    interaction,
    evaluation,
    viewing,
    history: history.value,
    useManualInteraction,
    sendFeedback,
    open,
    correct,
    correctionOpen,
    own,
    comparison,
    lastSent,
    dispose() {
      stopWatchingDelivery();
      stopComparing();
      stopReadingOwn();
      choice.dispose();
      session.dispose();
      active.dispose();
      sync.dispose();
      agent.dispose();
      scorecards.stop();
      history.stop();
      evaluation.dispose();
    },
  };
}

export type PanelModel = ReturnType<typeof createPanelModel>;
