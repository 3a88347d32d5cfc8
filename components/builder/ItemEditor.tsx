import { useEffect, useState } from 'preact/hooks';
import { rangeScale, yesNoScale, yesPartlyNoScale, type PublishProblem, type ScaleKind, type ScorecardItem } from '../../lib/domain';
import { t } from '../../lib/i18n';
import { scaleFromCells, scaleToCells } from '../../lib/scorecard-io/scale-cell';

interface Props {
  item: ScorecardItem;
  label: string;
  sectionTitle: string;
  /** What keeps this item from being published, shown beside it. */
  problems: readonly PublishProblem[];
  onChange: (patch: Partial<ScorecardItem>) => void;
  /** Enter in the item's text: the next item, please. */
  onEnter: (from: Element) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
}

const KINDS: ScaleKind[] = ['yes-no', 'yes-partly-no', 'range', 'custom'];

function scaleOf(kind: ScaleKind, points: number, item: ScorecardItem) {
  if (kind === 'yes-no') return yesNoScale(points);
  if (kind === 'yes-partly-no') return yesPartlyNoScale(points);
  if (kind === 'range') return rangeScale(1, 5, points);
  return { ...item.scale, kind: 'custom' as const };
}

/** One item, edited inline: every field is labelled with the item's text. */
export function ItemEditor({ item, label, sectionTitle, problems, onChange, onEnter, onRemove, onMove, canMoveUp, canMoveDown }: Props) {
  const name = item.text || label;
  const cells = scaleToCells(item.scale);
  const isList = cells.points === null;
  const [answersText, setAnswersText] = useState(cells.scale);
  const [answersError, setAnswersError] = useState<string | null>(null);
  // Follows outside changes (another scale kind, undo) without rewriting what is being typed.
  useEffect(() => {
    const typed = scaleFromCells(answersText, '');
    const canonical = scaleToCells(item.scale).scale;
    if (!typed.ok || scaleToCells({ ...typed.scale, kind: 'custom' }).scale !== canonical) setAnswersText(canonical);
  }, [item.scale]);

  function applyAnswers(text: string): void {
    setAnswersText(text);
    const read = scaleFromCells(text, '');
    if (read.ok) {
      setAnswersError(null);
      onChange({ scale: { ...read.scale, kind: 'custom' } });
    } else setAnswersError(read.message);
  }

  return (
    <div class="item-editor">
      <input
        type="text"
        class="item-text"
        aria-label={t('builder.itemTextOf', { n: label, section: sectionTitle })}
        value={item.text}
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={problems.length > 0 ? `problems-${item.id}` : undefined}
        onInput={(e) => onChange({ text: e.currentTarget.value })}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
          e.preventDefault();
          onEnter(e.currentTarget);
        }}
      />
      {problems.length > 0 && (
        <ul class="error" id={`problems-${item.id}`}>
          {problems.map((p) => (
            <li key={p.path + p.message}>{p.message}</li>
          ))}
        </ul>
      )}
      <textarea
        rows={2}
        aria-label={t('builder.explanation', { item: name })}
        placeholder={t('builder.explanation', { item: name })}
        value={item.explanation}
        onInput={(e) => onChange({ explanation: e.currentTarget.value })}
      />
      <div class="item-fields">
        <select
            aria-label={t('builder.scale', { item: name })}
            value={item.scale.kind}
            onChange={(e) => onChange({ scale: scaleOf(e.currentTarget.value as ScaleKind, cells.points ?? 1, item) })}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`builder.scale.${kind}`)}
              </option>
            ))}
          </select>
        {isList ? (
          <label class="wide">
            <input
              type="text"
              aria-label={t('builder.customAnswers', { item: name })}
              value={answersText}
              aria-invalid={answersError ? true : undefined}
              onInput={(e) => applyAnswers(e.currentTarget.value)}
            />
            {answersError && <span class="error">{answersError}</span>}
          </label>
        ) : (
          <input
            type="number"
            min={0}
            max={1000}
            step="any"
            aria-label={t('builder.points', { item: name })}
            value={cells.points ?? 0}
            onInput={(e) => {
              const points = Number(e.currentTarget.value);
              if (Number.isFinite(points) && points >= 0) {
                const first = item.scale.options[0]?.value;
                const last = item.scale.options[item.scale.options.length - 1]?.value;
                const scale =
                  item.scale.kind === 'range'
                    ? rangeScale(Number(first ?? 1), Number(last ?? 5), points)
                    : scaleOf(item.scale.kind, points, item);
                onChange({ scale });
              }
            }}
          />
        )}
        <label>
          <input type="checkbox" checked={item.allowNotApplicable} onChange={(e) => onChange({ allowNotApplicable: e.currentTarget.checked })} aria-label={t('builder.allowNa', { item: name })} />
          N/A
        </label>
        <select aria-label={t('builder.critical', { item: name })} value={item.critical} onChange={(e) => onChange({ critical: e.currentTarget.value as ScorecardItem['critical'] })}>
          {(['none', 'section', 'evaluation'] as const).map((c) => (
            <option key={c} value={c}>
              {t(`builder.critical.${c}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('builder.effect', { item: name })}
          value={item.effect ?? 'score'}
          onChange={(e) => {
            const effect = e.currentTarget.value as NonNullable<ScorecardItem['effect']>;
            onChange({ effect: effect === 'score' ? undefined : effect });
          }}
        >
          {(['score', 'bonus', 'minus'] as const).map((c) => (
            <option key={c} value={c}>
              {t(`builder.effect.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="item-actions">
        <button type="button" disabled={!canMoveUp} onClick={() => onMove(-1)} aria-label={t('builder.moveItemUp', { item: name })}>↑</button>
        <button type="button" disabled={!canMoveDown} onClick={() => onMove(1)} aria-label={t('builder.moveItemDown', { item: name })}>↓</button>
        <button type="button" onClick={onRemove} aria-label={t('builder.removeItem', { item: name })}>✕</button>
      </div>
    </div>
  );
}
