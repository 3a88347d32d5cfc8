import type { ScoreResult, ScorecardVersion } from '../lib/domain';
import { formatScore, t } from '../lib/i18n';

/** The running score and any failed critical item, kept in view while scoring. */
export function ScoreSummary({ score, scorecard }: { score: ScoreResult; scorecard: ScorecardVersion }) {
  const itemText = new Map(scorecard.sections.flatMap((s) => s.items).map((i) => [i.id, i.text]));
  const value = score.percent === null ? t('score.empty') : t('score.value', { percent: formatScore(score.percent) });
  return (
    <div class="score" role="status" aria-label={t('score.label')}>
      <strong class="score-value">
        {t('score.label')}: {value}
      </strong>
      <span class="muted"> · {t('score.answered', { answered: score.answered, total: score.total })}</span>
      {score.failedCritical.length > 0 && (
        <p class="error">
          {t('score.failedCritical', { items: score.failedCritical.map((id) => itemText.get(id) ?? id).join(', ') })}
        </p>
      )}
    </div>
  );
}
