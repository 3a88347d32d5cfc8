import type { PublishProblem, ScorecardItem, ScorecardSection } from '../../lib/domain';
import { t } from '../../lib/i18n';
import { ItemEditor } from './ItemEditor';

export type ItemPlace = [section: number, item: number];

interface Props {
  section: ScorecardSection;
  index: number;
  count: number;
  /** Publishing problems of this section and its items (paths start "sections.<index>."). */
  problems: readonly PublishProblem[];
  onTitle: (title: string) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
  /** Adds a new item at `at`, or at the end of the section. */
  onAddItem: (at?: number) => void;
  onItem: (item: number, patch: Partial<ScorecardItem>) => void;
  onRemoveItem: (item: number) => void;
  /** Enter on an untouched new last item: the section is done, start the next one. */
  onNextSection: () => void;
  /** Moves an item from one place to another, possibly from another section. */
  onMoveItem: (from: ItemPlace, to: ItemPlace) => void;
}

const DRAG_TYPE = 'application/x-laatu-item';
const FOCUSABLE = 'input, textarea, select, button';

/**
 * A section with its items; items reorder by drag and drop, by Alt+↑/↓ and by their buttons,
 * which also carry an item past the section's edge into the neighbouring section.
 */
export function SectionEditor({ section, index, count, problems, onTitle, onRemove, onMove, onAddItem, onItem, onRemoveItem, onNextSection, onMoveItem }: Props) {
  const n = index + 1;
  const name = section.title || t('builder.section', { n });
  const itemAt = (i: number) => `sections.${index}.items.${i}`;
  /** One step up or down; past the section's first or last item, into the neighbouring section. */
  const step = (i: number, by: -1 | 1): ItemPlace | null => {
    const to = i + by;
    if (to >= 0 && to < section.items.length) return [index, to];
    if (by < 0 && index > 0) return [index - 1, Number.MAX_SAFE_INTEGER];
    if (by > 0 && index < count - 1) return [index + 1, 0];
    return null;
  };
  /** Adds an item and puts the cursor in its text, so a form is typed item after item. */
  const addItem = (at: number, from: Element) => {
    onAddItem(at);
    const list = from.closest('section')?.querySelector('ol.items');
    queueMicrotask(() => {
      const input = list?.querySelectorAll<HTMLInputElement>('input.item-text')[at];
      input?.focus();
      input?.select();
    });
  };
  const own = problems.filter((p) => !/^sections\.\d+\.items\.\d+/.test(p.path));

  function onDrop(event: DragEvent, to: number): void {
    const raw = event.dataTransfer?.getData(DRAG_TYPE) || event.dataTransfer?.getData('text/plain');
    const [s, i] = (raw ?? '').split(':').map(Number);
    if (s === undefined || i === undefined || !Number.isInteger(s) || !Number.isInteger(i)) return;
    event.preventDefault();
    onMoveItem([s, i], [index, s === index && i < to ? to - 1 : to]);
  }

  return (
    <section
      class="section-editor"
      aria-label={t('builder.section', { n }) + `: ${section.title}`}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => onDrop(e, section.items.length)}
    >
      <div class="section-head">
        <input
          type="text"
          aria-label={t('builder.sectionTitle', { n })}
          value={section.title}
          onInput={(e) => onTitle(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
            e.preventDefault();
            addItem(0, e.currentTarget);
          }}
        />
        <button type="button" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('builder.moveSectionUp', { title: name })}>↑</button>
        <button type="button" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('builder.moveSectionDown', { title: name })}>↓</button>
        <button type="button" onClick={onRemove} aria-label={t('builder.removeSection', { title: name })}>✕</button>
      </div>
      {own.map((p) => (
        <p key={p.path + p.message} class="error">
          {p.message}
        </p>
      ))}
      <ol class="items">
        {section.items.map((item, i) => (
          <li
            key={item.id}
            data-item-id={item.id}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.stopPropagation();
              onDrop(e, i);
            }}
            onKeyDown={(e) => {
              if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
              const to = step(i, e.key === 'ArrowUp' ? -1 : 1);
              if (!to) return;
              e.preventDefault();
              const fields = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
              const at = fields.indexOf(e.target as HTMLElement);
              onMoveItem([index, i], to);
              // Keep focus on the same field of the moved item, also when it changed section.
              queueMicrotask(() => {
                const row = document.querySelector(`li[data-item-id="${CSS.escape(item.id)}"]`);
                row?.querySelectorAll<HTMLElement>(FOCUSABLE)[Math.max(0, at)]?.focus();
              });
            }}
          >
            {/* Only the handle drags, so selecting text in the item's fields still works. */}
            <span
              class="drag-handle"
              aria-hidden="true"
              draggable
              title={t('builder.dragHint')}
              onDragStart={(e) => {
                e.dataTransfer?.setData(DRAG_TYPE, `${index}:${i}`);
                e.dataTransfer?.setData('text/plain', `${index}:${i}`);
                const row = e.currentTarget.parentElement;
                if (row) e.dataTransfer?.setDragImage(row, 8, 8);
              }}
            >
              ⠿
            </span>
            <ItemEditor
              item={item}
              label={String(i + 1)}
              sectionTitle={name}
              problems={problems.filter((p) => p.path === itemAt(i) || p.path.startsWith(`${itemAt(i)}.`))}
              canMoveUp={step(i, -1) !== null}
              canMoveDown={step(i, 1) !== null}
              onChange={(patch) => onItem(i, patch)}
              onEnter={(from) => {
                if (i === section.items.length - 1 && item.text === t('builder.newItem')) {
                  onRemoveItem(i);
                  onNextSection();
                } else addItem(i + 1, from);
              }}
              onRemove={() => onRemoveItem(i)}
              onMove={(by) => {
                const to = step(i, by);
                if (to) onMoveItem([index, i], to);
              }}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={(e) => addItem(section.items.length, e.currentTarget)}>
        {t('builder.addItem', { title: name })}
      </button>
    </section>
  );
}
