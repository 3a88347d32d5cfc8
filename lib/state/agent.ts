import { computed, effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import { interactionKey, type Evaluation, type Feedback, type InteractionSnapshot, type OrganisationSettings, type User } from '../domain';
import type { DbRef, HandledInteraction } from '../store/db';
import { countSelfAssessments, monthStart } from '../store/evaluations';
import type { AgentLists } from '../store/first-read';
import { recentlyHandled, recordHandled } from '../store/handled';
import { getSession } from '../store/session';
import { ApiClient, type FetchLike } from '../sync';
import { comparablePair } from './compare';
import { liveSignal, startAfterPaint } from './live';

/** How often an open agent's panel asks for new feedback: encouragement sent during a call arrives during it. */
export const FEEDBACK_POLL_MS = 30_000;

const DEFAULT_SETTINGS: OrganisationSettings = {
  correctionWindowHours: 72,
  selfAssessmentsPerMonth: 4,
  evaluationsPerAgentPerMonth: 4,
};

/**
 * What an agent sees besides the form: interactions they handled lately, self-assessments
 * due this month, and their self-assessment beside a supervisor's for the same encounter.
 */
export function createAgentModel(
  db: DbRef,
  user: ReadonlySignal<User | null>,
  detected: ReadonlySignal<InteractionSnapshot | null>,
  interaction: ReadonlySignal<InteractionSnapshot | null>,
  fetchImpl?: FetchLike,
  /**
   * The lists read ahead (store/first-read.ts; empty for anyone but an agent), and the panel's
   * first paint, after which they follow the database.
   */
  startup?: { lists: Promise<AgentLists>; painted: Promise<void> },
) {
  const settings = signal<OrganisationSettings>(DEFAULT_SETTINGS);
  const related = signal<Evaluation[]>([]);
  /** Feedback and encouragement sent to the signed-in agent, newest first. */
  const feedback = signal<Feedback[]>([]);

  // An interaction on the agent's own desk is one they handled: written once the panel has
  // painted (loading Dexie before would hold the first paint up).
  const stopRecording = effect(() => {
    const who = user.value;
    const snapshot = detected.value;
    if (who?.role === 'agent' && snapshot?.agentEmail?.toLowerCase() === who.email.toLowerCase()) {
      void Promise.resolve(startup?.painted)
        .then(() => db)
        .then((database) => recordHandled(database, who.id, snapshot));
    }
  });

  const handled = liveSignal<HandledInteraction[]>(
    db,
    async (database) => {
      const session = await getSession(database);
      return session?.user.role === 'agent' ? recentlyHandled(database, session.user.id) : [];
    },
    [],
    startAfterPaint(startup?.lists.then((lists) => lists.handled), startup?.painted),
  );

  const doneThisMonth = liveSignal<number>(db, async (database) => {
    const session = await getSession(database);
    if (session?.user.role !== 'agent') return 0; // only agents have self-assessments due
    return countSelfAssessments(database, session.user.id, monthStart());
  }, 0, startAfterPaint(startup?.lists.then((lists) => lists.selfAssessmentsThisMonth), startup?.painted));

  const due = computed(() => Math.max(0, settings.value.selfAssessmentsPerMonth - doneThisMonth.value.value));

  async function client(): Promise<ApiClient | null> {
    const session = await getSession(await db);
    return session && !session.expired ? new ApiClient(session.serverUrl, session.token, fetchImpl) : null;
  }

  async function refreshSettings(): Promise<void> {
    const api = await client();
    if (api) settings.value = await api.settings().catch(() => settings.value);
    await refreshFeedback();
  }

  async function refreshFeedback(): Promise<void> {
    const who = user.peek();
    const api = await client();
    if (!api || who?.role !== 'agent') return;
    const result = await api.feedback().catch(() => null);
    // Another user may have signed in meanwhile: what came is not theirs.
    if (result && user.peek()?.id === who.id) feedback.value = [...result.feedback].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  }

  async function acknowledge(id: string): Promise<void> {
    const api = await client();
    if (!api) return;
    await api.acknowledgeFeedback(id).catch(() => undefined);
    await refreshFeedback();
  }

  /** Loads what the server has on this interaction for the comparison; offline, nothing to compare. */
  async function refreshRelated(snapshot: InteractionSnapshot | null): Promise<void> {
    const who = user.peek()?.id;
    const api = await client();
    if (!api || !snapshot) {
      related.value = [];
      return;
    }
    const key = interactionKey(snapshot);
    const { evaluations } = await api.evaluations({ interaction: key }).catch(() => ({ evaluations: [] }));
    const now = interaction.peek();
    if (now && interactionKey(now) === key && user.peek()?.id === who) related.value = evaluations;
  }

  /** The server is asked only once the panel has shown what it holds locally (see start). */
  let started = false;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  /** Whose comparison and feedback the panel holds: nothing of theirs stays for the next user. */
  let heldFor: string | null = null;
  const stopRelated = effect(() => {
    const target = interaction.value;
    const who = user.value?.id ?? null;
    untracked(() => {
      if (who !== heldFor) {
        heldFor = who;
        related.value = [];
        feedback.value = [];
        if (started && who) void refreshSettings();
      }
      if (started) void refreshRelated(target);
    });
  });

  /** Starts asking the server: settings, feedback (and again every FEEDBACK_POLL_MS), and what it has on each interaction opened. */
  function start(): void {
    if (!started) {
      started = true;
      void refreshRelated(interaction.peek());
      pollTimer = setInterval(() => void refreshFeedback(), FEEDBACK_POLL_MS);
    }
    void refreshSettings();
  }

  const pair = computed(() => comparablePair(related.value, user.value?.id ?? null));

  return {
    settings,
    handled: handled.value,
    due,
    related,
    pair,
    feedback,
    acknowledge,
    refreshFeedback,
    start,
    /** The handled interactions' first read. */
    first: Promise.all([handled.first, doneThisMonth.first]).then(() => undefined),
    refreshRelated: () => refreshRelated(interaction.peek()),
    dispose() {
      clearInterval(pollTimer);
      stopRecording();
      stopRelated();
      handled.stop();
      doneThisMonth.stop();
    },
  };
}

export type AgentModel = ReturnType<typeof createAgentModel>;
