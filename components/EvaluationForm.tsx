import { useRef, useState } from 'preact/hooks';
import type { ScorecardVersion } from '../lib/domain';
import { t } from '../lib/i18n';
import type { EvaluationModel } from '../lib/state/evaluation';
import { CoListening } from './CoListening';
import { ScoreSummary } from './ScoreSummary';
import { ScorecardForm } from './ScorecardForm';

interface Props {
  model: EvaluationModel;
  scorecard: ScorecardVersion;
  choices: ScorecardVersion[];
  onChooseScorecard: (id: string) => void;
  onSubmitted: (message: string, ok: boolean) => void;
}

/** The evaluation of one interaction: who, how, the scorecard, the running score, submit. */
export function EvaluationForm({ model, scorecard, choices, onChooseScorecard, onSubmitted }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [noteRequest, setNoteRequest] = useState<{ at: number; itemId?: string } | null>(null);
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
      {choices.length > 1 && (
        <label>
          {t('scorecard.choose')}
          <select value={scorecard.scorecardId} onChange={(e) => onChooseScorecard(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c.scorecardId} value={c.scorecardId}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      )}
      {model.correctsId.value && <p class="notice">{t('evaluation.correcting')}</p>}
      {model.draftRestored.value && <p class="muted">{t('evaluation.draftRestored')}</p>}
      <label>
        {t('agent.label')}
        <input type="email" value={model.agentEmail.value} onInput={(e) => model.setAgentEmail(e.currentTarget.value)} />
      </label>
      {notes && (
        <CoListening
          mode={model.mode.value}
          timerStartedAt={model.timerStartedAt.value}
          elapsed={model.elapsedSeconds}
          notes={model.notes.value}
          scorecard={scorecard}
          otherForms={choices}
          noteRequest={noteRequest}
          onMode={(mode) => void model.setMode(mode)}
          onStartTimer={() => void model.startTimer()}
          onAddNote={(text, itemId) => void model.addNote(text, itemId)}
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
              : ''}
        </span>
        {model.draftRestored.value && (
          <button type="button" class="link" onClick={() => void model.discard()}>
            {t('evaluation.discardDraft')}
          </button>
        )}
      </div>
    </form>
  );
}
