import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { BuilderModel } from '../../lib/state/builder';
import { DraftEditor } from './DraftEditor';
import { ScorecardList } from './ScorecardList';

/** The dashboard's scorecard builder; only QA admins get past the first check. */
export function Builder({ model }: { model: BuilderModel }) {
  const session = model.session.value;
  const user = model.user.value;
  const isAdmin = user?.role === 'admin';
  useEffect(() => {
    if (isAdmin) void model.refresh();
  }, [isAdmin, model]);

  let body;
  if (session === null) body = <p>{t('builder.loading')}</p>;
  else if (!user) body = <p role="alert">{t('builder.signInFirst')}</p>;
  else if (!isAdmin) body = <p role="alert">{t('builder.adminsOnly', { role: t(`role.${user.role}`) })}</p>;
  else
    body = (
      <>
        {model.notice.value && <p role="status" class="notice">{model.notice.value}</p>}
        {model.error.value && <p role="alert" class="error">{model.error.value}</p>}
        {model.current.value ? <DraftEditor model={model} /> : <ScorecardList model={model} />}
      </>
    );
  return (
    <main class="builder">
      <h1>{t('builder.title')}</h1>
      {user && <p class="muted">{t('session.signedInAs', { name: user.name, role: t(`role.${user.role}`) })}</p>}
      {body}
    </main>
  );
}
