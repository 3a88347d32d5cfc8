import { useEffect, useRef } from 'preact/hooks';
import type { ScorecardVersion } from '../lib/domain';
import { t } from '../lib/i18n';
import type { LocalEvaluation } from '../lib/store';
import { formatClock } from './CoListening';
import { ScoreSummary } from './ScoreSummary';
import { ScorecardForm } from './ScorecardForm';

/** A submitted evaluation, read-only, shown with the exact scorecard version it was scored on. */
export function EvaluationView({ evaluation, version, onClose }: {
  evaluation: LocalEvaluation;
  version: ScorecardVersion | null;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a list far below: focus (and the screen reader) follow to what opened.
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [evaluation.id]);
  const itemText = new Map(version?.sections.flatMap((s) => s.items.map((i) => [i.id, i.text] as const)));
  return (
    <section class="card" aria-labelledby="view-heading">
      <h2 id="view-heading" ref={heading} tabIndex={-1}>
        {t('view.heading', { id: evaluation.interaction.externalId, version: evaluation.scorecardVersion })}
      </h2>
      <p class="muted">
        {evaluation.kind !== 'self-assessment' && `${t(`mode.${evaluation.mode}`)} · `}
        {t('view.activeTime', { time: formatClock(evaluation.durationSeconds) })}
      </p>
      {version ? (
        <>
          <ScoreSummary score={evaluation.score} scorecard={version} />
          <ScorecardForm scorecard={version} answers={evaluation.answers} readOnly onAnswer={() => undefined} />
        </>
      ) : (
        <p>{t('view.missingVersion')}</p>
      )}
      {evaluation.comment && (
        <p>
          <strong>{t('evaluation.comment')}:</strong> {evaluation.comment}
        </p>
      )}
      {evaluation.notes.length > 0 && (
        <ul aria-label={t('notes.heading')}>
          {evaluation.notes.map((n) => (
            <li key={n.id}>
              <time>{formatClock(n.atSeconds)}</time> {n.text}
              {n.itemId && itemText.has(n.itemId) && <span class="muted"> · {itemText.get(n.itemId)}</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        {t('view.close')}
      </button>
    </section>
  );
}
