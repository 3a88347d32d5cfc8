import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScorecardVersion } from '../lib/domain';
import { t } from '../lib/i18n';
import type { EvaluationModel } from '../lib/state/evaluation';
import { CoListening } from './CoListening';
import { ScoreSummary } from './ScoreSummary';
import { ScorecardForm } from './ScorecardForm';
import { useEvaluatorActivity } from './useEvaluatorActivity';

interface Props {
  model: EvaluationModel;
  scorecard: ScorecardVersion;
  /** The forms to switch between: those fitting the interaction, then the others. */
  choices: { fitting: ScorecardVersion[]; others: ScorecardVersion[] };
  /** The form chosen: `scorecard`, or the form whose rush-hour form `scorecard` is. */
  chosenId: string;
  /** Every form the evaluation may have been on, to name the items its notes are attached to. */
  forms: ScorecardVersion[];
  onChooseScorecard: (id: string) => void;
  /** Changed when the evaluator asked for this form (a correction, a self-assessment): focus moves to its first item. */
  focusRequest?: number;
  onSubmitted: (message: string, ok: boolean) => void;
}

/** The evaluation of one interaction: who, how, the scorecard, the running score, submit. */
export function EvaluationForm({ model, scorecard, choices, chosenId, forms, onChooseScorecard, onSubmitted, focusRequest }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [noteRequest, setNoteRequest] = useState<{ at: number; itemId?: string } | null>(null);
  useEvaluatorActivity(model.noteActivity, model.mode.value === 'live' && model.timerStartedAt.value !== null);
  useEffect(() => {
    if (!focusRequest) return;
    const frame = requestAnimationFrame(() => {
      const first = form.current?.querySelector<HTMLInputElement>('[data-item-id] input:checked, [data-item-id] input');
      first?.focus();
      first?.closest('[data-item-id]')?.scrollIntoView?.({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [focusRequest]);
  const score = model.score.value;
  if (!score) return null;
  // An agent's self-assessment has no co-listening: no notes, no note key.
  const notes = model.kind.value !== 'self-assessment';

  const submit = () =>
    void model.submit().then((result) => {
      if (result.ok) onSubmitted(t('evaluation.submitted'), true);
      else if (result.reason === 'unanswered') {
        onSubmitted(t('evaluation.unanswered', { count: result.count }), false);
        form.current?.querySelector<HTMLInputElement>(`[data-item-id="${CSS.escape(result.firstItemId)}"] input`)?.focus();
      } else onSubmitted(t('evaluation.failed', { message: result.message }), false);
    });

  return (
    <form
      ref={form}
      class="card evaluation"
      aria-label={t('scorecard.heading', { title: scorecard.title })}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2>
        {t('scorecard.heading', { title: scorecard.title })}{' '}
        <span class="muted">{t('scorecard.version', { version: scorecard.version })}</span>
      </h2>
      <ScorecardChoice choices={choices} chosenId={chosenId} onChoose={onChooseScorecard} />
      {model.correctsId.value && <p class="notice">{t('evaluation.correcting')}</p>}
      {model.draftRestored.value && <p class="muted">{t('evaluation.draftRestored')}</p>}
      {/* A self-assessment is of the agent's own work: no one else to name. */}
      {notes && (
        <label>
          {t('agent.label')}
          <input type="email" value={model.agentEmail.value} onInput={(e) => model.setAgentEmail(e.currentTarget.value)} />
        </label>
      )}
      {notes && (
        <CoListening
          mode={model.mode.value}
          timerStartedAt={model.timerStartedAt.value}
          elapsed={model.elapsedSeconds}
          notes={model.notes.value}
          scorecard={scorecard}
          otherForms={forms}
          noteRequest={noteRequest}
          onMode={(mode) => void model.setMode(mode)}
          onStartTimer={() => void model.startTimer()}
          onAddNote={(text, itemId, at) => void model.addNote(text, itemId, at)}
          onRemoveNote={(id) => void model.removeNote(id)}
        />
      )}
      <div class="sticky">
        <ScoreSummary score={score} scorecard={scorecard} />
      </div>
      <p class="muted keys">{notes ? t('scorecard.keys') : t('scorecard.keysWithoutNotes')}</p>
      <ScorecardForm
        scorecard={scorecard}
        answers={model.answers.value}
        onAnswer={(itemId, value) => void model.answer(itemId, value)}
        onItemComment={(itemId, text) => model.setItemComment(itemId, text)}
        onNoteKey={
          notes
            ? (itemId) => {
                // Focus at once, so the first typed letters land in the note, not in the form.
                form.current?.querySelector<HTMLInputElement>('.note-form input[type="text"]')?.focus();
                if (model.mode.peek() !== 'live') void model.setMode('live');
                setNoteRequest({ at: Date.now(), itemId });
              }
            : undefined
        }
        onSubmitKey={submit}
      />
      <label class="comment">
        {t('evaluation.comment')}
        <textarea
          rows={3}
          value={model.comment.value}
          onInput={(e) => model.setComment(e.currentTarget.value)}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
        />
      </label>
      <div class="actions">
        <button type="submit">{t('evaluation.submit')}</button>
        <span role="status" class="muted">
          {model.draftState.value === 'saving'
            ? t('evaluation.draftSaving')
            : model.draftState.value === 'saved'
              ? t('evaluation.draftSaved')
              : model.draftState.value === 'discarded'
                ? t('evaluation.draftDiscarded')
                : ''}
        </span>
        {(model.draftState.value === 'saving' || model.draftState.value === 'saved' || model.draftRestored.value) && (
          <DiscardDraft
            onDiscard={() =>
              void model.discard().then(() => form.current?.querySelector<HTMLInputElement>('[data-item-id] input')?.focus())
            }
          />
        )}
      </div>
    </form>
  );
}

/** Switching forms: those fitting the interaction first; offered when there is more than one. */
function ScorecardChoice({ choices, chosenId, onChoose }: { choices: Props['choices']; chosenId: string; onChoose: (id: string) => void }) {
  const { fitting, others } = choices;
  if (fitting.length + others.length < 2) return null;
  const options = (cards: ScorecardVersion[]) =>
    cards.map((c) => (
      <option key={c.scorecardId} value={c.scorecardId}>
        {c.title}
      </option>
    ));
  return (
    <label>
      {t('scorecard.choose')}
      <select value={chosenId} onChange={(e) => onChoose(e.currentTarget.value)}>
        {fitting.length > 0 && others.length > 0 ? (
          <>
            <optgroup label={t('scorecard.fitting')}>{options(fitting)}</optgroup>
            <optgroup label={t('scorecard.others')}>{options(others)}</optgroup>
          </>
        ) : (
          options([...fitting, ...others])
        )}
      </select>
    </label>
  );
}

/** Discarding a draft is meant: asked once more, with keeping it the answer Enter gives. */
function DiscardDraft({ onDiscard }: { onDiscard: () => void }) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => ask.current?.focus());
  };
  if (!asking) {
    return (
      <button ref={ask} type="button" class="link" onClick={() => setAsking(true)}>
        {t('evaluation.discardDraft')}
      </button>
    );
  }
  return (
    <div
      role="group"
      class="confirm"
      aria-label={t('evaluation.discardDraft')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <p>{t('evaluation.discardQuestion')}</p>
      <button type="button" onClick={() => (setAsking(false), onDiscard())}>
        {t('evaluation.discardYes')}
      </button>{' '}
      <button ref={keep} type="button" onClick={cancel}>
        {t('evaluation.discardNo')}
      </button>
    </div>
  );
}
