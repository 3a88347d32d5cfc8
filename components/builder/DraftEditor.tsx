import { t } from '../../lib/i18n';
import { edits, type BuilderModel, type SaveState } from '../../lib/state/builder';
import { ExportButtons } from './ImportExport';
import { Preview } from './Preview';
import { ScopeEditor } from './ScopeEditor';
import { SectionEditor } from './SectionEditor';

function saveText(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'local':
      return t('builder.saved.local');
    case 'saving':
      return t('builder.saved.saving');
    case 'saved':
      return t('builder.saved.server');
    case 'failed':
      return t('builder.saved.failed', { message: state.message });
  }
}

/** The draft being built beside its live preview; a published version is shown read-only. */
export function DraftEditor({ model }: { model: BuilderModel }) {
  const version = model.current.value;
  if (!version) return null;
  const update = model.update;
  const editable = model.editable.value;
  const addSection = () => {
    update(edits.addSection);
    queueMicrotask(() => {
      const input = [...document.querySelectorAll<HTMLInputElement>('.section-head input')].at(-1);
      input?.focus();
      input?.select();
    });
  };
  const seen = new Set<string>();
  const problems = [...model.problems.value, ...model.serverProblems.value].filter((p) => !seen.has(p.message) && seen.add(p.message));

  return (
    <div class="editor-layout">
      <section class="editor" aria-labelledby="editor-heading">
        <div class="editor-bar">
          <button type="button" onClick={model.back}>{t('builder.back')}</button>
          <h2 id="editor-heading">{t('builder.editorHeading', { title: version.title, version: version.version })}</h2>
          <span class="save-state" role="status">{saveText(model.saveState.value)}</span>
        </div>
        <ExportButtons model={model} />
        {!editable ? (
          <p>
            {t('builder.readOnly', { version: version.version, status: t(`builder.status.${version.status}`) })}{' '}
            {version.status !== 'archived' && (
              <button type="button" onClick={() => void model.startDraft()}>{t('builder.newDraft')}</button>
            )}
          </p>
        ) : (
          <>
            <label class="field">
              {t('builder.formTitle')}
              <input type="text" value={version.title} onInput={(e) => update((v) => ({ ...v, title: e.currentTarget.value }))} />
            </label>
            <label class="field">
              {t('builder.description')}
              <textarea rows={2} value={version.description} onInput={(e) => update((v) => ({ ...v, description: e.currentTarget.value }))} />
            </label>
            <ScopeEditor version={version} scorecards={model.list.value ?? []} onChange={(patch) => update((v) => ({ ...v, ...patch }))} />
            {version.sections.map((section, s) => (
              <SectionEditor
                key={section.id}
                section={section}
                index={s}
                count={version.sections.length}
                problems={problems.filter((p) => p.path.startsWith(`sections.${s}.`))}
                onTitle={(title) => update((v) => edits.updateSection(v, s, { title }))}
                onRemove={() => update((v) => edits.removeSection(v, s))}
                onMove={(by) => update((v) => edits.moveSection(v, s, s + by))}
                onAddItem={(at) => update((v) => edits.addItem(v, s, at))}
                onItem={(i, patch) => update((v) => edits.updateItem(v, s, i, patch))}
                onRemoveItem={(i) => update((v) => edits.removeItem(v, s, i))}
                onNextSection={addSection}
                onMoveItem={(from, to) => update((v) => edits.moveItem(v, from, to))}
              />
            ))}
            <button
              type="button"
              onClick={addSection}
            >
              {t('builder.addSection')}
            </button>
            <div class="publish">
              {problems.length > 0 ? (
                <div class="problems" role="region" aria-label={t('builder.problems')}>
                  <h3>{t('builder.problems')}</h3>
                  <ul>
                    {problems.map((p) => (
                      <li key={p.path + p.message}>{p.message}</li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p>{t('builder.ready')}</p>
              )}
              <button type="button" disabled={problems.length > 0 || model.busy.value} onClick={() => void model.publish()}>
                {t('builder.publish', { version: version.version })}
              </button>
            </div>
          </>
        )}
      </section>
      <Preview model={model} />
    </div>
  );
}
