import type { LocalEvaluation } from '../lib/store';
import { formatDateTime, formatScore, t } from '../lib/i18n';
import { useFirstPaintMark } from './useFirstPaintMark';

export function SyncBadge({ evaluation }: { evaluation: LocalEvaluation }) {
  if (evaluation.syncState === 'synced' && evaluation.correctionRefused) {
    return (
      <>
        <span class="badge ok">{t('sync.synced')}</span>{' '}
        <span class="badge bad">{t('sync.correctionRefused', { message: evaluation.syncError ?? '' })}</span>
      </>
    );
  }
  if (evaluation.syncState === 'synced') return <span class="badge ok">{t('sync.synced')}</span>;
  if (evaluation.syncState === 'rejected')
    return <span class="badge bad">{t('sync.rejected', { message: evaluation.syncError ?? '' })}</span>;
  return <span class="badge pending">{t('sync.pending')}</span>;
}

export function SyncNotice({ pending, offline, nextAttemptAt, expired, onSyncNow }: {
  pending: number;
  offline: boolean;
  nextAttemptAt: number | null;
  expired: boolean;
  onSyncNow: () => void;
}) {
  if (pending === 0) return null;
  const text = expired
    ? t('sync.signInAgain', { count: pending })
    : offline && nextAttemptAt
      ? t('sync.offline', { count: pending, when: formatDateTime(new Date(nextAttemptAt).toISOString()) })
      : null;
  if (!text) return null;
  return (
    <div class="notice" role="status">
      <p>{text}</p>
      {!expired && (
        <button type="button" onClick={onSyncNow}>
          {t('sync.now')}
        </button>
      )}
    </div>
  );
}

export function EvaluationHistory({ evaluations, canCorrect, onOpen, onCorrect }: {
  evaluations: LocalEvaluation[];
  canCorrect: (evaluation: LocalEvaluation) => boolean;
  onOpen: (evaluation: LocalEvaluation) => void;
  onCorrect: (evaluation: LocalEvaluation) => void;
}) {
  useFirstPaintMark('laatu:history-shown', evaluations.length > 0);
  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {evaluations.length === 0 ? (
        <p class="muted">{t('history.empty')}</p>
      ) : (
        <ul class="history" aria-label={t('history.heading')}>
          {evaluations.map((e) => (
            <li key={e.id}>
              <span>
                {t('history.item', {
                  interaction: e.interaction.externalId,
                  scorecard: e.scorecardTitle,
                  score: e.score.percent === null ? '–' : t('score.value', { percent: formatScore(e.score.percent) }),
                  date: formatDateTime(e.submittedAt),
                })}
              </span>{' '}
              <SyncBadge evaluation={e} />{' '}
              <button type="button" class="link" onClick={() => onOpen(e)}>
                {t('history.open', { id: e.interaction.externalId })}
              </button>
              {canCorrect(e) && (
                <>
                  {' · '}
                  <button type="button" class="link" onClick={() => onCorrect(e)}>
                    {t('history.correct', { id: e.interaction.externalId })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
