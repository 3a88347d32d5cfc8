import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import {
  EvaluationInput,
  interactionKey,
  toInteractionRef,
  type Answers,
  type InteractionSnapshot,
  type ScorecardVersion,
  type User,
} from '../domain';
import { describeIssue } from '../messaging';
import { scoreEvaluation, unansweredItems } from '../scoring';
import { discardDraft, getDraft, saveDraft, submitEvaluation, type LaatuDb } from '../store';

/** Pauses longer than this between two acts of the evaluator are idle, not evaluating. */
export const IDLE_AFTER_MS = 60_000;
/** Typing is written to the draft at most this long after the last keystroke. */
export const TYPING_DEBOUNCE_MS = 300;

export type SubmitResult = { ok: true; id: string } | { ok: false; reason: 'unanswered'; count: number } | { ok: false; reason: 'error'; message: string };

interface Deps {
  db: LaatuDb;
  user: ReadonlySignal<User | null>;
  interaction: ReadonlySignal<InteractionSnapshot | null>;
  scorecard: ReadonlySignal<ScorecardVersion | null>;
  now?: () => number;
  newId?: () => string;
}

/**
 * One evaluator scoring one interaction: answers, comment, running score, the draft
 * that survives closing the panel, and the submit that hands it to the outbox.
 */
export function createEvaluationModel({ db, user, interaction, scorecard, now = Date.now, newId = () => crypto.randomUUID() }: Deps) {
  const answers = signal<Answers>({});
  const comment = signal('');
  const draftRestored = signal(false);
  const startedAt = signal<string | null>(null);
  /** Whether everything the evaluator did is on disk: shown, so nobody has to wonder. */
  const draftState = signal<'none' | 'saving' | 'saved'>('none');
  let writes = 0;
  let activeMs = 0;
  let lastActivity: number | null = null;
  let commentTimer: ReturnType<typeof setTimeout> | undefined;

  const key = computed(() => {
    const snapshot = interaction.value;
    const who = user.value;
    return snapshot && who ? { userId: who.id, interactionKey: interactionKey(snapshot) } : null;
  });
  const score = computed(() => (scorecard.value ? scoreEvaluation(scorecard.value, answers.value) : null));
  const unanswered = computed(() => (scorecard.value ? unansweredItems(scorecard.value, answers.value).length : 0));

  /** Counts time between acts, leaving idle pauses out. */
  function touch(): void {
    const t = now();
    if (lastActivity !== null) activeMs += Math.min(t - lastActivity, IDLE_AFTER_MS);
    lastActivity = t;
    startedAt.value ??= new Date(t).toISOString();
  }

  async function persist(): Promise<void> {
    const k = key.value;
    const card = scorecard.value;
    if (!k || !card || !startedAt.value) return;
    writes += 1;
    draftState.value = 'saving';
    await saveDraft(db, {
      ...k,
      scorecardId: card.scorecardId,
      scorecardVersion: card.version,
      answers: answers.value,
      comment: comment.value,
      startedAt: startedAt.value,
      activeSeconds: Math.round(activeMs / 1000),
    }).finally(() => {
      writes -= 1;
    });
    if (writes === 0 && k === key.peek()) draftState.value = 'saved';
  }

  async function load(k: { userId: string; interactionKey: string } | null): Promise<void> {
    clearTimeout(commentTimer);
    const draft = k ? await getDraft(db, k.userId, k.interactionKey) : undefined;
    if (k !== key.peek()) return; // the user moved on while the draft was read
    const card = scorecard.peek();
    const fits = draft && card && draft.scorecardId === card.scorecardId && draft.scorecardVersion === card.version;
    batch(() => {
      answers.value = fits ? draft.answers : {};
      comment.value = fits ? draft.comment : '';
      startedAt.value = fits ? draft.startedAt : null;
      draftRestored.value = Boolean(fits);
      draftState.value = fits ? 'saved' : 'none';
    });
    activeMs = fits ? draft.activeSeconds * 1000 : 0;
    lastActivity = null;
  }

  const stopLoading = effect(() => {
    void load(key.value);
  });

  function answer(itemId: string, value: string): Promise<void> {
    touch();
    answers.value = { ...answers.value, [itemId]: { ...answers.value[itemId], value } };
    return persist();
  }

  function setComment(text: string): void {
    touch();
    comment.value = text;
    clearTimeout(commentTimer);
    commentTimer = setTimeout(() => void persist(), TYPING_DEBOUNCE_MS);
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
    if (unanswered.value > 0) return { ok: false, reason: 'unanswered', count: unanswered.value };
    touch();
    clearTimeout(commentTimer);
    const submittedAt = new Date(now()).toISOString();
    const parsed = EvaluationInput.safeParse({
      id: newId(),
      interaction: toInteractionRef(snapshot),
      scorecardId: card.scorecardId,
      scorecardVersion: card.version,
      kind: who.role === 'agent' ? 'self-assessment' : 'supervisor',
      answers: answers.value,
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
    score,
    unanswered,
    draftRestored,
    draftState,
    answer,
    setComment,
    discard,
    submit,
    dispose: () => {
      stopLoading();
      clearTimeout(commentTimer);
      void persist();
    },
  };
}

export type EvaluationModel = ReturnType<typeof createEvaluationModel>;
