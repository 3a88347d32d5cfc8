import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { BuilderModel } from '../../lib/state/builder';
import { ImportForm } from './ImportExport';

/** Every scorecard with its status and versions, and the ways to make a new one. */
export function ScorecardList({ model }: { model: BuilderModel }) {
  const [title, setTitle] = useState('');
  const list = model.list.value;
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{t('builder.listHeading')}</h2>
      <form
        class="create"
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) void model.create({ title: title.trim(), description: '', sections: [] }).then(() => setTitle(''));
        }}
      >
        <label>
          {t('builder.newTitle')}
          <input type="text" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={!title.trim() || model.busy.value}>
          {t('builder.create')}
        </button>
      </form>
      <ImportForm model={model} />
      {list === null ? (
        <p>{t('builder.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('builder.listEmpty')}</p>
      ) : (
        <table class="scorecards">
          <tbody>
            {list.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td>{t(`builder.status.${s.status}`)}</td>
                <td>{t('builder.versions', { active: s.activeVersion ?? t('builder.noActive'), latest: s.latestVersion })}</td>
                <td class="actions">
                  <button type="button" onClick={() => void model.open(s.id)}>{t('builder.open', { title: s.title })}</button>
                  <button type="button" onClick={() => void model.duplicate(s.id)}>{t('builder.duplicate', { title: s.title })}</button>
                  {s.status !== 'archived' && (
                    <button type="button" onClick={() => void model.archive(s.id)}>{t('builder.archive', { title: s.title })}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
