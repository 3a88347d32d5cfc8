import { NOT_APPLICABLE, type Answers, type EvaluationMode, type ScorecardVersion, type TimedNote } from '../domain';
import type { Draft } from '../store';

/** One version of one scorecard: answers belong to it. */
export type FormRef = { scorecardId: string; version: number };

export const formRef = (card: ScorecardVersion): FormRef => ({ scorecardId: card.scorecardId, version: card.version });
export const formKey = (card: FormRef): string => `${card.scorecardId}@${card.version}`;

/** What an evaluator has done on one encounter: what the panel shows and a draft keeps. */
export interface Work {
  /** The form open; `answers` are on it. */
  form: FormRef | null;
  answers: Answers;
  /** Answers on the encounter's other forms, by formKey. */
  otherForms: Record<string, Answers>;
  comment: string;
  startedAt: string | null;
  activeMs: number;
  mode: EvaluationMode;
  notes: TimedNote[];
  /** Set once the evaluator (or a draft) named the agent. */
  agentEmail?: string;
  timerStartedAt?: string;
  /** The submitted evaluation this corrects, on `form`. */
  correctsId?: string;
}

/** Fields the evaluator changed while the encounter's draft was being read. */
export type Edited = 'comment' | 'mode' | 'agent';

export function workFromDraft(draft: Draft): Work {
  return {
    form: { scorecardId: draft.scorecardId, version: draft.scorecardVersion },
    answers: draft.answers,
    otherForms: draft.otherForms ?? {},
    comment: draft.comment,
    startedAt: draft.startedAt,
    activeMs: draft.activeSeconds * 1000,
    mode: draft.mode ?? 'recording',
    notes: draft.notes ?? [],
    agentEmail: draft.agentEmail,
    timerStartedAt: draft.timerStartedAt,
    correctsId: draft.correctsId,
  };
}

/** The draft row for `work`, or null while there is nothing to keep (no form, nothing done). */
export function draftFromWork(key: { userId: string; interactionKey: string }, work: Work): Omit<Draft, 'key' | 'updatedAt'> | null {
  if (!work.form || !work.startedAt) return null;
  const others = { ...work.otherForms };
  delete others[formKey(work.form)];
  return {
    ...key,
    scorecardId: work.form.scorecardId,
    scorecardVersion: work.form.version,
    answers: work.answers,
    ...(Object.keys(others).length > 0 ? { otherForms: others } : {}),
    comment: work.comment,
    startedAt: work.startedAt,
    activeSeconds: Math.round(work.activeMs / 1000),
    mode: work.mode,
    notes: work.notes,
    agentEmail: work.agentEmail,
    timerStartedAt: work.timerStartedAt,
    correctsId: work.correctsId,
  };
}

function answersByForm(work: Work): Record<string, Answers> {
  return work.form ? { ...work.otherForms, [formKey(work.form)]: work.answers } : { ...work.otherForms };
}

/**
 * The stored draft with what the evaluator did while it was being read laid over it:
 * answers given meanwhile win item by item, notes are kept from both, fields edited meanwhile
 * win, the rest comes from the draft. The form open stays the one open now, but for a
 * correction's.
 */
export function mergeWork(stored: Work, meanwhile: Work, edited: ReadonlySet<Edited>): Work {
  const byForm = answersByForm(stored);
  for (const [form, given] of Object.entries(answersByForm(meanwhile))) byForm[form] = { ...byForm[form], ...given };
  // A correction belongs to the version it was scored on: unless the evaluator has answered
  // meanwhile, the draft's form stays open, whatever the panel offered first.
  const answeredMeanwhile = Object.values(answersByForm(meanwhile)).some((answers) => Object.keys(answers).length > 0);
  const form = stored.correctsId && stored.form && !answeredMeanwhile ? stored.form : (meanwhile.form ?? stored.form);
  const here = form ? formKey(form) : null;
  const answers = (here && byForm[here]) || {};
  if (here) delete byForm[here];
  const sameForm = Boolean(stored.form && form && formKey(stored.form) === formKey(form));
  return {
    form,
    answers,
    otherForms: byForm,
    comment: edited.has('comment') ? meanwhile.comment : stored.comment,
    startedAt: stored.startedAt ?? meanwhile.startedAt,
    activeMs: stored.activeMs + meanwhile.activeMs,
    mode: edited.has('mode') ? meanwhile.mode : stored.mode,
    timerStartedAt: edited.has('mode') ? meanwhile.timerStartedAt : stored.timerStartedAt,
    notes: [...stored.notes, ...meanwhile.notes],
    agentEmail: edited.has('agent') ? meanwhile.agentEmail : (stored.agentEmail ?? meanwhile.agentEmail),
    // A correction belongs to the version it was scored on.
    correctsId: sameForm ? stored.correctsId : undefined,
  };
}

/**
 * The answers kept on another version of `card`'s scorecard (a draft begun before the QA admin
 * published a new version), as far as `card` still has those items and answers; the newest such
 * version's. Null when there are none: the evaluator's work is not left behind on a form the
 * panel no longer offers.
 */
export function carryOver(card: ScorecardVersion, byForm: Record<string, Answers>): { from: string; answers: Answers } | null {
  const prefix = `${card.scorecardId}@`;
  const from = Object.keys(byForm)
    .filter((key) => key.startsWith(prefix) && key !== formKey(card))
    .sort((a, b) => Number(b.slice(prefix.length)) - Number(a.slice(prefix.length)))[0];
  if (!from) return null;
  const items = new Map(card.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  const answers: Answers = {};
  for (const [itemId, answer] of Object.entries(byForm[from] ?? {})) {
    const item = items.get(itemId);
    if (!item) continue;
    const known =
      answer.value === '' ||
      (answer.value === NOT_APPLICABLE ? item.allowNotApplicable : item.scale.options.some((o) => o.value === answer.value));
    // An answer the new version no longer has is dropped; its comment stays with the item.
    if (known) answers[itemId] = answer;
    else if (answer.comment) answers[itemId] = { value: '', comment: answer.comment };
  }
  return { from, answers };
}

/**
 * Takes the answers on `card` out of `byForm`: those kept on exactly this form, or else those
 * carried over from another version of it. Undefined when the form has none.
 */
export function takeAnswers(card: ScorecardVersion, byForm: Record<string, Answers>): { answers: Answers; carried: boolean } | undefined {
  const key = formKey(card);
  const kept = byForm[key];
  if (kept) {
    delete byForm[key];
    return { answers: kept, carried: false };
  }
  const carried = carryOver(card, byForm);
  if (!carried) return undefined;
  delete byForm[carried.from];
  return { answers: carried.answers, carried: true };
}
