import { useEffect, useRef, useState } from 'preact/hooks';
import { NOT_APPLICABLE, type Answers, type ScorecardItem, type ScorecardVersion } from '../lib/domain';
import { t } from '../lib/i18n';
import { digitFor, keyAction } from '../lib/state/keyboard';
import { useFirstPaintMark } from './useFirstPaintMark';

interface Props {
  scorecard: ScorecardVersion;
  answers: Answers;
  readOnly?: boolean;
  onAnswer: (itemId: string, value: string) => void;
  /** Per-item comments; shown when given. */
  onItemComment?: (itemId: string, text: string) => void;
  /** The note shortcut: asks the page to open its note field for this item. */
  onNoteKey?: (itemId: string | undefined) => void;
  /** The submit shortcut. */
  onSubmitKey?: () => void;
}

/**
 * Items rendered per frame. The first frame holds what the panel shows below the interaction
 * (a few items) and can be answered at once; further items follow a frame at a time, so
 * opening the panel on a 60-item form is as quick as on a short one and no frame is long
 * enough to hold up a keystroke.
 */
const FIRST_FRAME_ITEMS = 6;
const ITEMS_PER_FRAME = 12;

const itemSelector = (id: string) => `[data-item-id="${CSS.escape(id)}"]`;

/**
 * The scorecard as evaluators see it, keyboard first: each item is a group of radio
 * buttons named by the item's text. Up/Down (or j/k) move between items, digits answer
 * (1 yes, 2 partly, 3 no, 0 N/A, or the scale's own values) and focus moves on by itself,
 * c comments the item, e shows why it is scored, Ctrl+Enter submits.
 */
export function ScorecardForm({ scorecard, answers, readOnly = false, onAnswer, onItemComment, onNoteKey, onSubmitKey }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const items = scorecard.sections.flatMap((s) => s.items);
  const [shown, setShown] = useState(FIRST_FRAME_ITEMS);
  useFirstPaintMark('laatu:form-shown', !readOnly && items.length > 0);
  // Preact runs effects after the frame is painted: the next items come in the next frame.
  useEffect(() => {
    if (shown < items.length) setShown(shown + ITEMS_PER_FRAME);
  }, [shown, items.length]);

  function focusItem(id: string | undefined): void {
    if (!id) return;
    const group = root.current?.querySelector(itemSelector(id));
    const target = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
    target?.focus();
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (readOnly) return;
    const target = event.target as HTMLElement;
    const itemId = target.closest<HTMLElement>('[data-item-id]')?.dataset.itemId;
    const index = items.findIndex((i) => i.id === itemId);
    const item = items[index];
    const inText = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text');
    if (inText && event.key === 'Escape' && itemId) {
      event.preventDefault();
      focusItem(itemId);
      return;
    }
    const action = keyAction(event, item, inText);
    if (!action) return;
    event.preventDefault();
    switch (action.kind) {
      case 'answer':
        if (!item) return;
        onAnswer(item.id, action.value);
        focusItem(items[index + 1]?.id ?? item.id);
        return;
      case 'move':
        focusItem(items[Math.min(items.length - 1, Math.max(0, index + action.by))]?.id ?? items[0]?.id);
        return;
      case 'comment': {
        const box = item && root.current?.querySelector<HTMLTextAreaElement>(`${itemSelector(item.id)} textarea`);
        box?.closest('details')?.setAttribute('open', '');
        box?.focus();
        return;
      }
      case 'explain': {
        const details = item && root.current?.querySelector<HTMLDetailsElement>(`${itemSelector(item.id)} details.why`);
        if (details) details.open = !details.open;
        return;
      }
      case 'note':
        onNoteKey?.(item?.id);
        return;
      case 'submit':
        onSubmitKey?.();
        return;
    }
  }

  return (
    <div class="scorecard" ref={root} onKeyDown={onKeyDown}>
      {scorecard.sections.map((section, s) => {
        const before = scorecard.sections.slice(0, s).reduce((n, previous) => n + previous.items.length, 0);
        if (before >= shown) return null;
        return (
          <section key={section.id} aria-labelledby={`section-${section.id}`}>
            <h3 id={`section-${section.id}`}>{section.title}</h3>
            {section.items.slice(0, shown - before).map((item) => (
              <ItemField
                key={item.id}
                item={item}
                value={answers[item.id]?.value}
                comment={answers[item.id]?.comment}
                readOnly={readOnly}
                onAnswer={(value) => onAnswer(item.id, value)}
                onComment={onItemComment && ((text) => onItemComment(item.id, text))}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function ItemField({ item, value, comment, readOnly, onAnswer, onComment }: {
  item: ScorecardItem;
  value: string | undefined;
  comment: string | undefined;
  readOnly: boolean;
  onAnswer: (value: string) => void;
  onComment?: (text: string) => void;
}) {
  const options = [
    ...item.scale.options.map((o, i) => ({ value: o.value, label: o.label, digit: digitFor(item, o.value, i) })),
    ...(item.allowNotApplicable ? [{ value: NOT_APPLICABLE, label: t('scorecard.notApplicable'), digit: '0' }] : []),
  ];
  return (
    <fieldset class="item" role="radiogroup" aria-label={item.text} data-item-id={item.id} disabled={readOnly}>
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
            {option.digit && !readOnly && (
              <kbd class="hint" aria-hidden="true">
                {option.digit}
              </kbd>
            )}
          </label>
        ))}
      </div>
      {item.explanation && (
        <details class="why">
          <summary>{t('scorecard.whyScored')}</summary>
          <p>{item.explanation}</p>
        </details>
      )}
      {(onComment || comment) && (
        <details class="item-comment" open={Boolean(comment)}>
          <summary>{t('scorecard.itemComment')}</summary>
          <textarea
            rows={2}
            aria-label={t('scorecard.itemCommentFor', { item: item.text })}
            value={comment ?? ''}
            readOnly={readOnly || !onComment}
            onInput={(e) => onComment?.(e.currentTarget.value)}
          />
        </details>
      )}
    </fieldset>
  );
}
