import { batch, computed, effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
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
import { t } from '../i18n';
import { describeIssue } from '../messaging';
import { scoreEvaluation, unansweredItems } from '../scoring';
import { draftFromWork, formKey, formRef, mergeWork, takeAnswers, workFromDraft, type Edited, type FormRef, type Work } from './evaluation-work';
import type { DbRef, Draft, LocalEvaluation } from '../store/db';
import { discardDraft, draftKey, getDraft, saveDraft } from '../store/drafts';
import { submitEvaluation } from '../store/evaluations';

/** Pauses longer than this between two acts of the evaluator are idle, not evaluating. */
export const IDLE_AFTER_MS = 60_000;
/** Typing is written to the draft at most this long after the last keystroke. */
export const TYPING_DEBOUNCE_MS = 300;

export type SubmitResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'unanswered'; count: number; firstItemId: string }
  | { ok: false; reason: 'error'; message: string };

interface Deps {
  db: DbRef;
  user: ReadonlySignal<User | null>;
  interaction: ReadonlySignal<InteractionSnapshot | null>;
  scorecard: ReadonlySignal<ScorecardVersion | null>;
  /** A draft read ahead while the panel loaded (store/first-read.ts), if it is this one. */
  earlyDraft?: (userId: string, interactionKey: string) => Promise<Draft | undefined> | null;
  now?: () => number;
  newId?: () => string;
  /** Told the form a restored draft was begun on, which may not be the one shown. */
  onRestored?: (form: FormRef) => void;
}

type Key = { userId: string; interactionKey: string };

/**
 * One evaluator scoring one interaction: answers, comments, co-listening notes, running
 * score, the draft that survives closing the panel, and the submit into the outbox.
 */
export function createEvaluationModel({
  db,
  user,
  interaction,
  scorecard,
  earlyDraft,
  now = () => Date.now(),
  newId = () => crypto.randomUUID(),
  onRestored,
}: Deps) {
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
  /** 'discarded': the evaluator has just thrown this encounter's draft away, and done nothing since. */
  const draftState = signal<'none' | 'saving' | 'saved' | 'discarded'>('none');
  let writes = 0;
  let activeMs = 0;
  let lastActivity: number | null = null;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The evaluator named the agent (or a draft did): detection no longer fills it in. */
  let agentChosen = false;
  /**
   * Whose work the fields hold. Drafts are written there, not to whatever the panel shows by
   * the time a debounced write runs: the last keystrokes before moving on stay with their encounter.
   */
  let holding: { key: Key; form: FormRef | null } | null = null;
  /** The encounter's answers on its other forms (the full form while the rush-hour one is open). */
  let otherForms: Record<string, Answers> = {};
  /**
   * Set while the encounter's draft is being read. What the evaluator does meanwhile is laid
   * over the draft rather than replaced by it, and written once the draft is in.
   */
  let reading: { seq: number; draft: Promise<Draft | undefined>; edited: Set<Edited>; persist: boolean } | null = null;
  let readSeq = 0;

  const key = computed<Key | null>(() => {
    const snapshot = interaction.value;
    const who = user.value;
    return snapshot && who ? { userId: who.id, interactionKey: interactionKey(snapshot) } : null;
  });
  const keyText = computed(() => (key.value ? draftKey(key.value.userId, key.value.interactionKey) : null));
  const score = computed(() => (scorecard.value ? scoreEvaluation(scorecard.value, answers.value) : null));
  const unanswered = computed(() => (scorecard.value ? unansweredItems(scorecard.value, answers.value) : []));
  const kind = computed<EvaluationKind>(() =>
    user.value?.role === 'agent' ? 'self-assessment' : mode.value === 'live' ? 'co-listening' : 'supervisor',
  );

  /**
   * Counts the time since the evaluator's last sign of activity, up to IDLE_AFTER_MS: a longer
   * pause was idle beyond that.
   */
  function count(t: number): void {
    if (lastActivity !== null) activeMs += Math.min(Math.max(0, t - lastActivity), IDLE_AFTER_MS);
    lastActivity = t;
  }

  /** An act on the evaluation: counted, and the evaluation has begun. */
  function touch(): void {
    const t = now();
    count(t);
    startedAt.value ??= new Date(t).toISOString();
  }

  /**
   * A sign of activity that changes nothing (a key, a click or a scroll in the panel, or a live
   * co-listening going on): counted once the evaluation has begun; before, it only marks when
   * the evaluator was last there, so reading before the first answer counts too.
   */
  function noteActivity(): void {
    const t = now();
    if (startedAt.peek() === null) lastActivity = t;
    else count(t);
  }

  function edited(what: Edited): void {
    reading?.edited.add(what);
  }

  /** The fields as one piece of work. */
  function capture(): Work {
    return {
      form: holding?.form ?? null,
      answers: answers.peek(),
      otherForms,
      comment: comment.peek(),
      startedAt: startedAt.peek(),
      activeMs,
      mode: mode.peek(),
      notes: notes.peek(),
      // Only an agent the evaluator named is kept: a detected one is detected again next time.
      agentEmail: agentChosen ? agentEmail.peek() : undefined,
      timerStartedAt: timerStartedAt.peek() ?? undefined,
      correctsId: correctsId.peek() ?? undefined,
    };
  }

  /** The agent evaluated: the evaluator's choice, else the page's; in a self-assessment always the agent signed in. */
  function agentFor(chosen: string | undefined): string {
    const who = user.peek();
    if (who?.role === 'agent') return who.email;
    return chosen ?? interaction.peek()?.agentEmail ?? '';
  }

  function show(work: Work): void {
    batch(() => {
      answers.value = work.answers;
      comment.value = work.comment;
      startedAt.value = work.startedAt;
      mode.value = work.mode;
      notes.value = work.notes;
      timerStartedAt.value = work.timerStartedAt ?? null;
      correctsId.value = work.correctsId ?? null;
      agentEmail.value = agentFor(work.agentEmail);
    });
    agentChosen = work.agentEmail !== undefined;
    otherForms = work.otherForms;
    activeMs = work.activeMs;
  }

  async function persist(): Promise<void> {
    const held = holding;
    if (!held) return;
    const row = draftFromWork(held.key, capture());
    if (!row) return;
    if (reading) {
      reading.persist = true; // written with the draft laid under it, once it is read
      return;
    }
    writes += 1;
    draftState.value = 'saving';
    await Promise.resolve(db)
      .then((database) => saveDraft(database, row))
      .finally(() => {
        writes -= 1;
      });
    if (writes === 0 && holding === held) draftState.value = 'saved';
  }

  /** Drops the write waiting for the typing pause: what it would write is written otherwise. */
  function cancelTyping(): void {
    clearTimeout(typingTimer);
    typingTimer = undefined;
  }

  function changed(immediately: boolean): Promise<void> {
    touch();
    cancelTyping();
    if (immediately) return persist();
    typingTimer = setTimeout(() => {
      typingTimer = undefined;
      void persist();
    }, TYPING_DEBOUNCE_MS);
    return Promise.resolve();
  }

  /**
   * Writes what the encounter being left still owes its draft: the keystrokes waiting for the
   * typing pause, and what was done while its draft was still being read (laid over it once read).
   */
  function leave(): void {
    if (typingTimer !== undefined) {
      cancelTyping();
      void persist();
    }
    const left = reading;
    const held = holding;
    if (!left?.persist || !held) return;
    const meanwhile = capture();
    void left.draft.then((stored) => {
      const row = draftFromWork(held.key, stored ? mergeWork(workFromDraft(stored), meanwhile, left.edited) : meanwhile);
      return row && Promise.resolve(db).then((database) => saveDraft(database, row));
    });
  }

  /** Forgets the draft being read: what the fields hold now replaces it. */
  function stopReading(): void {
    reading = null;
    readSeq += 1;
  }

  /** Starts afresh on an encounter: empty fields at once, then its draft, if it has one. */
  async function load(k: Key | null): Promise<void> {
    leave();
    stopReading();
    const card = scorecard.peek();
    holding = k ? { key: k, form: card && formRef(card) } : null;
    show({ form: null, answers: {}, otherForms: {}, comment: '', startedAt: null, activeMs: 0, mode: 'recording', notes: [] });
    batch(() => {
      draftRestored.value = false;
      draftState.value = 'none';
    });
    lastActivity = null;
    if (!k) return;
    const seq = readSeq;
    const early = earlyDraft?.(k.userId, k.interactionKey);
    const read = async () => getDraft(await db, k.userId, k.interactionKey);
    const draft = early ? early.catch(read) : read();
    reading = { seq, draft, edited: new Set(), persist: false };
    const stored = await draft;
    if (reading?.seq !== seq) return; // moved on, or a submit or correction replaced everything meanwhile
    const meanwhile = reading;
    reading = null;
    if (stored) {
      const draftWork = workFromDraft(stored);
      let restored = mergeWork(draftWork, capture(), meanwhile.edited);
      // Read before the scorecards were: the answers are on the draft's form, and stay there
      // when the scorecards come (see switchForm), instead of being taken for another form's.
      // A correction under way comes back on its own form (see mergeWork).
      if (holding && restored.form && (!holding.form || formKey(holding.form) !== formKey(restored.form))) {
        holding = { key: holding.key, form: restored.form };
      }
      // Begun on an earlier version of the form shown: its answers come over.
      const card = scorecard.peek();
      if (card && restored.form && formKey(restored.form) === formKey(card) && Object.keys(restored.answers).length === 0) {
        const byForm = { ...restored.otherForms };
        const taken = takeAnswers(card, byForm);
        if (taken) restored = { ...restored, answers: taken.answers, otherForms: byForm };
      }
      show(restored);
      batch(() => {
        draftRestored.value = true;
        draftState.value = 'saved';
      });
      if (draftWork.form) onRestored?.(draftWork.form);
    }
    if (meanwhile.persist) await persist();
  }

  /** Same encounter, another form: the answers on the form left wait for a switch back. */
  function switchForm(card: ScorecardVersion | null): void {
    const held = holding;
    if (!held) return;
    const next = card && formRef(card);
    const leaving = held.form && formKey(held.form);
    const opening = next && formKey(next);
    if (leaving && leaving === opening) return;
    const byForm = { ...otherForms };
    if (leaving && Object.keys(answers.peek()).length > 0) byForm[leaving] = answers.peek();
    const back = card ? takeAnswers(card, byForm) : undefined;
    otherForms = byForm;
    holding = { key: held.key, form: next };
    batch(() => {
      answers.value = back?.answers ?? {};
      // A correction belongs to the version it was scored on.
      if (correctsId.peek() && (back === undefined || back.carried)) correctsId.value = null;
    });
    void persist();
  }

  /** Settles once the draft being read (if any) is in the fields. */
  async function settled(): Promise<void> {
    for (let pending = reading; pending; pending = reading === pending ? null : reading) {
      await pending.draft.catch(() => undefined);
      await Promise.resolve(); // the read's own continuation lays the draft into the fields first
    }
  }

  // A new encounter (interaction or user) starts afresh; a new form keeps the encounter.
  const stopLoading = effect(() => {
    const text = keyText.value;
    void scorecard.value?.version;
    void scorecard.value?.scorecardId;
    untracked(() => {
      const held = holding ? draftKey(holding.key.userId, holding.key.interactionKey) : null;
      if (text !== null && text === held) switchForm(scorecard.peek());
      else void load(key.peek());
    });
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
    edited('comment');
    comment.value = text;
    void changed(false);
  }

  function setMode(value: EvaluationMode): Promise<void> {
    edited('mode');
    mode.value = value;
    if (value === 'live' && !timerStartedAt.value) {
      timerStartedAt.value = interaction.value?.startedAt ?? new Date(now()).toISOString();
    }
    return changed(true);
  }

  function startTimer(): Promise<void> {
    edited('mode');
    timerStartedAt.value = new Date(now()).toISOString();
    return changed(true);
  }

  function elapsedSeconds(at = now()): number {
    const start = timerStartedAt.value ? Date.parse(timerStartedAt.value) : NaN;
    return Number.isFinite(start) ? Math.max(0, Math.floor((at - start) / 1000)) : 0;
  }

  /** `at`: when the evaluator began the note (ms; the note key's press), which its stamp tells. */
  function addNote(text: string, itemId?: string, at = now()): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed) return Promise.resolve();
    notes.value = [...notes.value, { id: newId(), atSeconds: elapsedSeconds(at), text: trimmed, ...(itemId ? { itemId } : {}) }];
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
    if (user.value?.role === 'agent') return;
    if (detected && !agentChosen && agentEmail.peek() !== detected) agentEmail.value = detected;
  });

  function setAgentEmail(email: string): void {
    if (user.peek()?.role === 'agent') return; // a self-assessment is of the agent's own work
    edited('agent');
    agentChosen = true;
    agentEmail.value = email.trim();
    void changed(false);
  }

  /**
   * Opens a submitted evaluation for correction: same id, a new revision once submitted. A
   * correction already under way (in the fields, or in the encounter's draft) is taken up again.
   */
  async function correct(evaluation: LocalEvaluation): Promise<void> {
    if (reading) {
      const draft = await reading.draft.catch(() => undefined);
      await settled();
      if (draft?.correctsId === evaluation.id) return;
    }
    if (correctsId.peek() === evaluation.id && holding?.key.interactionKey === evaluation.interactionKey) return;
    cancelTyping();
    stopReading(); // the evaluation replaces whatever the draft would have brought back
    show({
      form: holding?.form ?? null,
      answers: evaluation.answers,
      otherForms: {},
      comment: evaluation.comment,
      startedAt: evaluation.startedAt,
      activeMs: evaluation.durationSeconds * 1000,
      mode: evaluation.mode,
      notes: evaluation.notes,
      agentEmail: evaluation.agentEmail ?? evaluation.interaction.agentEmail ?? '',
      correctsId: evaluation.id,
    });
    await persist();
  }


  async function discard(): Promise<void> {
    const k = key.value;
    // Discarding is meant: nothing waiting to be written brings the draft back.
    cancelTyping();
    stopReading();
    if (k) await discardDraft(await db, k.userId, k.interactionKey);
    await load(k);
    if (key.peek() === k) draftState.value = 'discarded';
  }

  async function submit(): Promise<SubmitResult> {
    const snapshot = interaction.value;
    const card = scorecard.value;
    const who = user.value;
    const result = score.value;
    if (!snapshot || !card || !who || !result) return { ok: false, reason: 'error', message: t('evaluation.nothingToEvaluate') };
    const missing = unanswered.value;
    if (missing.length > 0) return { ok: false, reason: 'unanswered', count: missing.length, firstItemId: missing[0]!.id };
    touch();
    // The submitted evaluation has it all: no draft is left behind, none comes back.
    cancelTyping();
    stopReading();
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
      await submitEvaluation(await db, parsed.data, { evaluatorId: who.id, scorecardTitle: card.title, score: result });
    } catch (error) {
      return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
    }
    await load(key.value);
    return { ok: true, id: parsed.data.id };
  }

  return {
    settled,
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
    noteActivity,
    addNote,
    removeNote,
    setAgentEmail,
    correct,
    discard,
    submit,
    dispose: () => {
      stopLoading();
      stopFollowingAgent();
      cancelTyping();
      void persist();
    },
  };
}

export type EvaluationModel = ReturnType<typeof createEvaluationModel>;
