import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import {
  EvaluationInput,
  interactionKey,
  toInteractionRef,
  type Answers,
  type EvaluationKind,
  type EvaluationMode,
  type InteractionSnapshot,
  type ScorecardVersion,
  type TimedNote,
  type User,
} from '../domain';
import { describeIssue } from '../messaging';
import { scoreEvaluation, unansweredItems } from '../scoring';
import { discardDraft, getDraft, saveDraft, submitEvaluation, type LaatuDb, type LocalEvaluation } from '../store';

/** Pauses longer than this between two acts of the evaluator are idle, not evaluating. */
export const IDLE_AFTER_MS = 60_000;
/** Typing is written to the draft at most this long after the last keystroke. */
export const TYPING_DEBOUNCE_MS = 300;

export type SubmitResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'unanswered'; count: number; firstItemId: string }
  | { ok: false; reason: 'error'; message: string };

interface Deps {
  db: LaatuDb;
  user: ReadonlySignal<User | null>;
  interaction: ReadonlySignal<InteractionSnapshot | null>;
  scorecard: ReadonlySignal<ScorecardVersion | null>;
  now?: () => number;
  newId?: () => string;
}

type Key = { userId: string; interactionKey: string };

/**
 * One evaluator scoring one interaction: answers, comments, co-listening notes, running
 * score, the draft that survives closing the panel, and the submit into the outbox.
 */
export function createEvaluationModel({ db, user, interaction, scorecard, now = Date.now, newId = () => crypto.randomUUID() }: Deps) {
  const answers = signal<Answers>({});
  const comment = signal('');
  const mode = signal<EvaluationMode>('recording');
  const notes = signal<TimedNote[]>([]);
  const agentEmail = signal('');
  const timerStartedAt = signal<string | null>(null);
  const correctsId = signal<string | null>(null);
  const draftRestored = signal(false);
  const startedAt = signal<string | null>(null);
  /** Whether everything the evaluator did is on disk: shown, so nobody has to wonder. */
  const draftState = signal<'none' | 'saving' | 'saved'>('none');
  let writes = 0;
  let activeMs = 0;
  let lastActivity: number | null = null;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The evaluator named the agent (or a draft did): detection no longer fills it in. */
  let agentChosen = false;

  const key = computed<Key | null>(() => {
    const snapshot = interaction.value;
    const who = user.value;
    return snapshot && who ? { userId: who.id, interactionKey: interactionKey(snapshot) } : null;
  });
  const keyText = computed(() => (key.value ? `${key.value.userId}|${key.value.interactionKey}` : null));
  const score = computed(() => (scorecard.value ? scoreEvaluation(scorecard.value, answers.value) : null));
  const unanswered = computed(() => (scorecard.value ? unansweredItems(scorecard.value, answers.value) : []));
  const kind = computed<EvaluationKind>(() =>
    user.value?.role === 'agent' ? 'self-assessment' : mode.value === 'live' ? 'co-listening' : 'supervisor',
  );

  /** Counts time between acts, leaving idle pauses out. */
  function touch(): void {
    const t = now();
    if (lastActivity !== null) activeMs += Math.min(t - lastActivity, IDLE_AFTER_MS);
    lastActivity = t;
    startedAt.value ??= new Date(t).toISOString();
  }

  async function persist(): Promise<void> {
    const k = key.peek();
    const card = scorecard.peek();
    if (!k || !card || !startedAt.peek()) return;
    writes += 1;
    draftState.value = 'saving';
    await saveDraft(db, {
      ...k,
      scorecardId: card.scorecardId,
      scorecardVersion: card.version,
      answers: answers.peek(),
      comment: comment.peek(),
      startedAt: startedAt.peek() ?? new Date(now()).toISOString(),
      activeSeconds: Math.round(activeMs / 1000),
      mode: mode.peek(),
      notes: notes.peek(),
      agentEmail: agentEmail.peek() || undefined,
      timerStartedAt: timerStartedAt.peek() ?? undefined,
      correctsId: correctsId.peek() ?? undefined,
    }).finally(() => {
      writes -= 1;
    });
    if (writes === 0 && k === key.peek()) draftState.value = 'saved';
  }

  function changed(immediately: boolean): Promise<void> {
    touch();
    clearTimeout(typingTimer);
    if (immediately) return persist();
    typingTimer = setTimeout(() => void persist(), TYPING_DEBOUNCE_MS);
    return Promise.resolve();
  }

  async function load(k: Key | null): Promise<void> {
    clearTimeout(typingTimer);
    const draft = k ? await getDraft(db, k.userId, k.interactionKey) : undefined;
    if (k !== key.peek()) return; // the user moved on while the draft was read
    const card = scorecard.peek();
    // Answers belong to one scorecard version; who, how and the notes belong to the encounter
    // and survive switching forms (the rush-hour form, another scorecard).
    const fits = draft && card && draft.scorecardId === card.scorecardId && draft.scorecardVersion === card.version;
    const detected = interaction.peek();
    batch(() => {
      answers.value = fits ? draft.answers : {};
      comment.value = draft?.comment ?? '';
      startedAt.value = draft?.startedAt ?? null;
      mode.value = draft?.mode ?? 'recording';
      notes.value = draft?.notes ?? [];
      agentEmail.value = draft?.agentEmail ?? detected?.agentEmail ?? '';
      agentChosen = draft?.agentEmail !== undefined;
      timerStartedAt.value = draft?.timerStartedAt ?? null;
      correctsId.value = fits ? (draft.correctsId ?? null) : null;
      draftRestored.value = Boolean(draft);
      draftState.value = draft ? 'saved' : 'none';
    });
    activeMs = draft ? draft.activeSeconds * 1000 : 0;
    lastActivity = null;
  }

  // Reload when the interaction, the user or the scorecard version changes.
  const stopLoading = effect(() => {
    void keyText.value;
    void scorecard.value?.version;
    void scorecard.value?.scorecardId;
    void load(key.peek());
  });

  function answer(itemId: string, value: string): Promise<void> {
    answers.value = { ...answers.value, [itemId]: { ...answers.value[itemId], value } };
    return changed(true);
  }

  function setItemComment(itemId: string, text: string): void {
    const current = answers.value[itemId];
    // A comment without an answer is kept in the draft under the comment field of the item.
    answers.value = { ...answers.value, [itemId]: { value: current?.value ?? '', comment: text } };
    void changed(false);
  }

  function setComment(text: string): void {
    comment.value = text;
    void changed(false);
  }

  function setMode(value: EvaluationMode): Promise<void> {
    mode.value = value;
    if (value === 'live' && !timerStartedAt.value) {
      timerStartedAt.value = interaction.value?.startedAt ?? new Date(now()).toISOString();
    }
    return changed(true);
  }

  function startTimer(): Promise<void> {
    timerStartedAt.value = new Date(now()).toISOString();
    return changed(true);
  }

  function elapsedSeconds(at = now()): number {
    const start = timerStartedAt.value ? Date.parse(timerStartedAt.value) : NaN;
    return Number.isFinite(start) ? Math.max(0, Math.floor((at - start) / 1000)) : 0;
  }

  function addNote(text: string, itemId?: string): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed) return Promise.resolve();
    notes.value = [...notes.value, { id: newId(), atSeconds: elapsedSeconds(), text: trimmed, ...(itemId ? { itemId } : {}) }];
    return changed(true);
  }

  function removeNote(id: string): Promise<void> {
    notes.value = notes.value.filter((n) => n.id !== id);
    return changed(true);
  }

  // A page read after the interaction opened (a single-page app still rendering) fills in
  // the agent it shows, unless the evaluator has named one.
  const stopFollowingAgent = effect(() => {
    const detected = interaction.value?.agentEmail;
    if (detected && !agentChosen && agentEmail.peek() !== detected) agentEmail.value = detected;
  });

  function setAgentEmail(email: string): void {
    agentChosen = true;
    agentEmail.value = email.trim();
    void changed(false);
  }

  /** Opens a submitted evaluation for correction: same id, a new revision once submitted. */
  async function correct(evaluation: LocalEvaluation): Promise<void> {
    batch(() => {
      answers.value = evaluation.answers;
      comment.value = evaluation.comment;
      mode.value = evaluation.mode;
      notes.value = evaluation.notes;
      agentEmail.value = evaluation.agentEmail ?? evaluation.interaction.agentEmail ?? '';
      correctsId.value = evaluation.id;
      agentChosen = true;
      startedAt.value = evaluation.startedAt;
    });
    activeMs = evaluation.durationSeconds * 1000;
    await persist();
  }

  async function discard(): Promise<void> {
    const k = key.value;
    if (k) await discardDraft(db, k.userId, k.interactionKey);
    await load(k);
  }

  async function submit(): Promise<SubmitResult> {
    const snapshot = interaction.value;
    const card = scorecard.value;
    const who = user.value;
    const result = score.value;
    if (!snapshot || !card || !who || !result) return { ok: false, reason: 'error', message: 'nothing to evaluate' };
    const missing = unanswered.value;
    if (missing.length > 0) return { ok: false, reason: 'unanswered', count: missing.length, firstItemId: missing[0]!.id };
    touch();
    clearTimeout(typingTimer);
    const submittedAt = new Date(now()).toISOString();
    const cleanAnswers = Object.fromEntries(Object.entries(answers.value).filter(([, a]) => a.value !== ''));
    const parsed = EvaluationInput.safeParse({
      id: correctsId.value ?? newId(),
      interaction: toInteractionRef(snapshot),
      scorecardId: card.scorecardId,
      scorecardVersion: card.version,
      kind: kind.value,
      mode: mode.value,
      notes: notes.value,
      agentEmail: agentEmail.value || undefined,
      answers: cleanAnswers,
      comment: comment.value,
      durationSeconds: Math.round(activeMs / 1000),
      startedAt: startedAt.value ?? submittedAt,
      submittedAt,
    });
    if (!parsed.success) return { ok: false, reason: 'error', message: describeIssue(parsed.error) };
    try {
      await submitEvaluation(db, parsed.data, { evaluatorId: who.id, scorecardTitle: card.title, score: result });
    } catch (error) {
      return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    await load(key.value);
    return { ok: true, id: parsed.data.id };
  }

  return {
    answers,
    comment,
    mode,
    notes,
    agentEmail,
    timerStartedAt,
    correctsId,
    kind,
    score,
    unanswered,
    draftRestored,
    draftState,
    answer,
    setItemComment,
    setComment,
    setMode,
    startTimer,
    elapsedSeconds,
    addNote,
    removeNote,
    setAgentEmail,
    correct,
    discard,
    submit,
    dispose: () => {
      stopLoading();
      stopFollowingAgent();
      clearTimeout(typingTimer);
      void persist();
    },
  };
}

export type EvaluationModel = ReturnType<typeof createEvaluationModel>;
