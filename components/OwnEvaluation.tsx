import { formatDateTime, formatScore, t } from '../lib/i18n';
import type { LocalEvaluation } from '../lib/store';
import { SyncBadge } from './SyncStatus';

/**
 * Above the form of an interaction the user has already evaluated: when, the score, and the
 * way to open it or (while the admin's window is open) correct it, so that a second
 * evaluation is a choice, not an accident.
 */
export function OwnEvaluation({ evaluation, canCorrect, onOpen, onCorrect }: {
  evaluation: LocalEvaluation;
  canCorrect: boolean;
  onOpen: () => void;
  onCorrect: () => void;
}) {
  const facts = {
    date: formatDateTime(evaluation.submittedAt),
    score: evaluation.score.percent === null ? '–' : t('score.value', { percent: formatScore(evaluation.score.percent) }),
  };
  return (
    <section class="notice own" aria-label={t('own.heading')}>
      <span>{evaluation.kind === 'self-assessment' ? t('own.selfAssessed', facts) : t('own.evaluated', facts)}</span>{' '}
      <SyncBadge evaluation={evaluation} />{' '}
      <button type="button" class="link" onClick={onOpen}>
        {t('own.open')}
      </button>
      {canCorrect && (
        <>
          {' · '}
          <button type="button" class="link" onClick={onCorrect}>
            {t('own.correct')}
          </button>
        </>
      )}
    </section>
  );
}
