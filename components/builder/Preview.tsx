import type { BuilderModel } from '../../lib/state/builder';
import { t } from '../../lib/i18n';
import { ScoreSummary } from '../ScoreSummary';
import { ScorecardForm } from '../ScorecardForm';

/** Exactly the panel's form and running score, answered locally and never saved. */
export function Preview({ model }: { model: BuilderModel }) {
  const version = model.current.value;
  const score = model.score.value;
  if (!version || !score) return null;
  return (
    <aside class="preview" aria-label={t('builder.preview')}>
      <h2>{t('builder.preview')}</h2>
      <ScoreSummary score={score} scorecard={version} />
      <ScorecardForm scorecard={version} answers={model.answers.value} onAnswer={model.answer} />
      <button type="button" onClick={() => (model.answers.value = {})}>
        {t('builder.resetPreview')}
      </button>
    </aside>
  );
}
