import { NOT_APPLICABLE, type Answers, type ScorecardItem, type ScorecardVersion } from '../lib/domain';
import { t } from '../lib/i18n';

interface Props {
  scorecard: ScorecardVersion;
  answers: Answers;
  readOnly?: boolean;
  onAnswer: (itemId: string, value: string) => void;
}

/**
 * The scorecard as evaluators see it: each item a group of radio buttons named by the
 * item's text, so arrow keys move between answers and screen readers read the question.
 */
export function ScorecardForm({ scorecard, answers, readOnly = false, onAnswer }: Props) {
  return (
    <div class="scorecard">
      {scorecard.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h3 id={`section-${section.id}`}>{section.title}</h3>
          {section.items.map((item) => (
            <ItemField
              key={item.id}
              item={item}
              value={answers[item.id]?.value}
              readOnly={readOnly}
              onAnswer={(value) => onAnswer(item.id, value)}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

function ItemField({ item, value, readOnly, onAnswer }: {
  item: ScorecardItem;
  value: string | undefined;
  readOnly: boolean;
  onAnswer: (value: string) => void;
}) {
  const options = [
    ...item.scale.options.map((o) => ({ value: o.value, label: o.label })),
    ...(item.allowNotApplicable ? [{ value: NOT_APPLICABLE, label: t('scorecard.notApplicable') }] : []),
  ];
  return (
    <fieldset class="item" role="radiogroup" aria-label={item.text} disabled={readOnly}>
      <legend>
        {item.text}
        {item.critical !== 'none' && <span class="badge">{t('scorecard.critical')}</span>}
      </legend>
      <div class="options">
        {options.map((option) => (
          <label key={option.value} class={value === option.value ? 'chosen' : undefined}>
            <input
              type="radio"
              name={`item-${item.id}`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onAnswer(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      {item.explanation && (
        <details>
          <summary>{t('scorecard.whyScored')}</summary>
          <p>{item.explanation}</p>
        </details>
      )}
    </fieldset>
  );
}
