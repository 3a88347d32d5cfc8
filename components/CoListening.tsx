import { useEffect, useRef, useState } from 'preact/hooks';
import type { EvaluationMode, ScorecardVersion, TimedNote } from '../lib/domain';
import { t } from '../lib/i18n';

export function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Whether the encounter was followed live; in live mode a running timer and timed notes. */
export function CoListening({ mode, timerStartedAt, elapsed, notes, scorecard, otherForms, noteRequest, onMode, onStartTimer, onAddNote, onRemoveNote }: {
  mode: EvaluationMode;
  timerStartedAt: string | null;
  /** Seconds since the timer started, now or at a given time (ms). */
  elapsed: (at?: number) => number;
  notes: TimedNote[];
  scorecard: ScorecardVersion;
  /**
   * The other forms the evaluation may have been on: a note attached to an item before the
   * rush-hour switch (or a change of form) still names that item, not its id.
   */
  otherForms: ScorecardVersion[];
  /** Bumped by the note shortcut, with the item that had focus. */
  noteRequest: { at: number; itemId?: string } | null;
  onMode: (mode: EvaluationMode) => void;
  onStartTimer: () => void;
  /** `at`: when the note was begun (ms), which its stamp tells. */
  onAddNote: (text: string, itemId: string | undefined, at: number) => void;
  onRemoveNote: (id: string) => void;
}) {
  const [clock, setClock] = useState(elapsed());
  const [text, setText] = useState('');
  const [itemId, setItemId] = useState('');
  /** When the note being written was begun: its stamp is that moment, not the moment it is added. */
  const [begunAt, setBegunAt] = useState<number | null>(null);
  const noteInput = useRef<HTMLInputElement>(null);
  const items = scorecard.sections.flatMap((s) => s.items);
  const itemText = new Map([...otherForms, scorecard].flatMap((form) => form.sections.flatMap((s) => s.items.map((i) => [i.id, i.text] as const))));
  // An item of another form (before the rush-hour switch) cannot be chosen here: the whole encounter is.
  const attachTo = items.some((item) => item.id === itemId) ? itemId : '';

  useEffect(() => {
    if (!timerStartedAt) return;
    setClock(elapsed());
    const timer = setInterval(() => setClock(elapsed()), 1000);
    return () => clearInterval(timer);
  }, [timerStartedAt, elapsed]);

  useEffect(() => {
    if (!noteRequest) return;
    setItemId(noteRequest.itemId ?? '');
    setBegunAt((at) => at ?? noteRequest.at);
    noteInput.current?.focus();
  }, [noteRequest]);

  return (
    <section class="card colisten" aria-label={t('notes.heading')}>
      <fieldset class="mode">
        <legend>{t('mode.label')}</legend>
        {(['live', 'recording'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="evaluation-mode" checked={mode === value} onChange={() => onMode(value)} />
            {t(`mode.${value}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'live' && (
        <>
          <p>
            {t('timer.label')}:{' '}
            <time role="timer" aria-label={t('timer.label')}>
              {timerStartedAt ? formatClock(clock) : '--:--'}
            </time>{' '}
            <button type="button" onClick={onStartTimer}>
              {timerStartedAt ? t('timer.restart') : t('timer.start')}
            </button>
          </p>
          <form
            class="note-form"
            onSubmit={(event) => {
              event.preventDefault();
              onAddNote(text, attachTo || undefined, begunAt ?? Date.now());
              setText('');
              setBegunAt(null);
            }}
          >
            {begunAt !== null && timerStartedAt && (
              <time class="stamp" aria-label={t('notes.stamp')}>
                {formatClock(elapsed(begunAt))}
              </time>
            )}
            <input
              ref={noteInput}
              type="text"
              aria-label={t('notes.input')}
              placeholder={t('notes.input')}
              value={text}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setText(value);
                if (!value.trim()) setBegunAt(null);
                else setBegunAt((at) => at ?? Date.now());
              }}
            />
            <select aria-label={t('notes.item')} value={attachTo} onChange={(e) => setItemId(e.currentTarget.value)}>
              <option value="">{t('notes.noItem')}</option>
              {items.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.text}
                </option>
              ))}
            </select>
            <button type="submit">{t('notes.add')}</button>
          </form>
        </>
      )}
      {notes.length > 0 && (
        <ul aria-label={t('notes.heading')} class="notes">
          {notes.map((note) => (
            <li key={note.id}>
              <time>{formatClock(note.atSeconds)}</time> {note.text}
              {note.itemId && <span class="muted"> · {itemText.get(note.itemId) ?? note.itemId}</span>}{' '}
              <button type="button" class="link" aria-label={t('notes.remove', { time: formatClock(note.atSeconds) })} onClick={() => onRemoveNote(note.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
