import { useSignal } from '@preact/signals';
import { InteractionCard, NoInteraction } from '../../components/InteractionCard';
import { ScorecardForm } from '../../components/ScorecardForm';
import { ScoreSummary } from '../../components/ScoreSummary';
import { SignInForm } from '../../components/SignInForm';
import { EvaluationHistory, SyncNotice } from '../../components/SyncStatus';
import { t } from '../../lib/i18n';
import { DEFAULT_SERVER_URL } from '../../lib/state/session';
import type { PanelModel } from '../../lib/state/panel';

interface Props {
  model: PanelModel;
  /** Asks for the site's access; must run straight from the click. */
  enableSite: (pageUrl: string) => Promise<boolean>;
}

export function App({ model, enableSite }: Props) {
  const { session, active, sync, scorecard, evaluation } = model;
  const notice = useSignal<string | null>(null);
  const user = session.user.value;

  if (!session.loaded.value) return null;
  if (!user) {
    return (
      <main>
        <SignInForm
          defaultServerUrl={DEFAULT_SERVER_URL}
          busy={session.busy.value}
          error={session.error.value}
          onSubmit={(url, email, password) =>
            void session.signIn(url, email, password).then((error) => {
              if (!error) void sync.run();
            })
          }
        />
      </main>
    );
  }

  const snapshot = active.snapshot.value;
  const card = scorecard.value;
  const score = evaluation.score.value;
  const pageUrl = active.pageUrl.value;
  const origin = pageUrl && /^https?:/.test(pageUrl) ? new URL(pageUrl).origin : null;

  return (
    <>
      <header class="bar">
        <h1>{t('app.title')}</h1>
        <span>{t('session.signedInAs', { name: user.name, role: t(`role.${user.role}`) })}</span>
        <button type="button" class="link" onClick={() => void session.signOut()}>
          {t('session.signOut')}
        </button>
      </header>
      <main>
        <SyncNotice
          pending={sync.pending.value}
          offline={sync.offline.value}
          nextAttemptAt={sync.nextAttemptAt.value}
          expired={session.session.value?.expired === true}
          onSyncNow={() => void sync.run()}
        />
        {snapshot ? (
          <InteractionCard snapshot={snapshot} />
        ) : (
          <NoInteraction
            origin={origin}
            siteEnabled={active.siteEnabled.value}
            notice={notice.value}
            onEnable={() => {
              if (!pageUrl || !origin) return;
              notice.value = t('site.enabling');
              void enableSite(pageUrl).then((granted) => {
                notice.value = granted ? null : t('site.denied', { origin });
                void active.refresh();
              });
            }}
          />
        )}
        {snapshot && !card && <p class="card">{t('scorecard.none')}</p>}
        {snapshot && card && score && (
          <form
            class="card evaluation"
            aria-label={t('scorecard.heading', { title: card.title })}
            onSubmit={(event) => {
              event.preventDefault();
              void evaluation.submit().then((result) => {
                if (result.ok) {
                  notice.value = t('evaluation.submitted');
                  void sync.run();
                } else if (result.reason === 'unanswered') {
                  notice.value = t('evaluation.unanswered', { count: result.count });
                } else notice.value = t('evaluation.failed', { message: result.message });
              });
            }}
          >
            <h2>
              {t('scorecard.heading', { title: card.title })}{' '}
              <span class="muted">{t('scorecard.version', { version: card.version })}</span>
            </h2>
            {evaluation.draftRestored.value && <p class="muted">{t('evaluation.draftRestored')}</p>}
            <div class="sticky">
              <ScoreSummary score={score} scorecard={card} />
            </div>
            <ScorecardForm
              scorecard={card}
              answers={evaluation.answers.value}
              onAnswer={(itemId, value) => void evaluation.answer(itemId, value)}
            />
            <label class="comment">
              {t('evaluation.comment')}
              <textarea
                rows={3}
                value={evaluation.comment.value}
                onInput={(e) => evaluation.setComment(e.currentTarget.value)}
              />
            </label>
            <div class="actions">
              <button type="submit">{t('evaluation.submit')}</button>
              <span role="status" class="muted">
                {evaluation.draftState.value === 'saving'
                  ? t('evaluation.draftSaving')
                  : evaluation.draftState.value === 'saved'
                    ? t('evaluation.draftSaved')
                    : ''}
              </span>
              {evaluation.draftRestored.value && (
                <button type="button" class="link" onClick={() => void evaluation.discard()}>
                  {t('evaluation.discardDraft')}
                </button>
              )}
            </div>
          </form>
        )}
        {notice.value && snapshot && (
          <p role="status" class="notice">
            {notice.value}
          </p>
        )}
        <EvaluationHistory evaluations={model.history.value} />
      </main>
    </>
  );
}
