import { useSignal, type Signal } from '@preact/signals';
import { EvaluationForm } from '../../components/EvaluationForm';
import { EvaluationView } from '../../components/EvaluationView';
import { InteractionCard, NoInteraction } from '../../components/InteractionCard';
import { ManualInteraction } from '../../components/ManualInteraction';
import { OpenBuilderLink } from '../../components/OpenBuilderLink';
import { OwnEvaluation } from '../../components/OwnEvaluation';
import { OpenRulesLink } from '../../components/rules/OpenRulesLink';
import { RushHour } from '../../components/RushHour';
import { Comparison, FeedbackForAgent, SelfAssessmentList } from '../../components/SelfAssessment';
import { SignInForm } from '../../components/SignInForm';
import { EvaluationHistory, SyncNotice } from '../../components/SyncStatus';
import { interactionKey } from '../../lib/domain/interaction-key';
import { t } from '../../lib/i18n';
import type { PanelModel } from '../../lib/state/panel';
import { DEFAULT_SERVER_URL } from '../../lib/state/session';

interface Props {
  model: PanelModel;
  /** Asks for the site's access; must run straight from the click. */
  enableSite: (pageUrl: string) => Promise<boolean>;
  /** Withdraws the site's access and the detector with it. */
  disableSite: (pageUrl: string) => Promise<boolean>;
  /** The built-in platform a page belongs to, if any. */
  platformFor: (pageUrl: string) => string | null;
}

export function App({ model, enableSite, disableSite, platformFor }: Props) {
  const { session, active, sync, scorecard, evaluation, agent } = model;
  const notice = useSignal<string | null>(null);
  /** What the last submit said, for the user and interaction it was about: another's panel or interaction does not show it. */
  const submitted = useSignal<{ message: string; about: string } | null>(null);
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
              if (!error) model.connect();
            })
          }
        />
      </main>
    );
  }

  const snapshot = model.interaction.value;
  const card = scorecard.value;
  const viewing = model.viewing.value;
  const pair = agent.pair.value;
  const pairVersion = pair && model.scorecards.value.find((s) => s.scorecardId === pair.self.scorecardId && s.version === pair.self.scorecardVersion);
  const isAgent = user.role === 'agent';
  // A detected interaction whose page is still rendering: its card says so, its form waits.
  const reading = !model.override.value && active.awaitingPage.value;
  const about = snapshot ? `${user.id}|${interactionKey(snapshot)}` : null;
  const own = model.own.value;

  return (
    <>
      <header class="bar">
        <h1>{t('app.title')}</h1>
        <span>{t('session.signedInAs', { name: user.name, role: t(`role.${user.role}`) })}</span>
        <button type="button" class="link" onClick={() => void model.signOut()}>
          {t('session.signOut')}
        </button>
        <OpenBuilderLink user={user} />
        <OpenRulesLink user={user} />
      </header>
      <main>
        <SyncNotice
          pending={sync.pending.value}
          offline={sync.offline.value}
          nextAttemptAt={sync.nextAttemptAt.value}
          expired={session.session.value?.expired === true}
          onSyncNow={() => void sync.run()}
        />
        {viewing && (
          <EvaluationView evaluation={viewing.evaluation} version={viewing.version} onClose={() => (model.viewing.value = null)} />
        )}
        {snapshot ? (
          <>
            <InteractionCard snapshot={snapshot} reading={reading} />
            {model.override.value && (
              <button type="button" class="link" onClick={() => (model.override.value = null)}>
                {t('manual.back')}
              </button>
            )}
          </>
        ) : (
          <NoInteractionHere model={model} notice={notice} enableSite={enableSite} disableSite={disableSite} platformFor={platformFor} />
        )}
        {snapshot && !isAgent && card && (
          <RushHour
            on={model.rushHour.value}
            companionTitle={model.rushHourScorecard.value?.title ?? null}
            agent={evaluation.agentEmail.value || snapshot.agentEmail || null}
            onToggle={(on) => (model.rushHour.value = on)}
            onSend={model.sendFeedback}
          />
        )}
        {snapshot && !card && <p class="card">{t('scorecard.none')}</p>}
        {snapshot && own && !evaluation.correctsId.value && (
          <OwnEvaluation
            evaluation={own}
            canCorrect={model.correctionOpen(own)}
            onOpen={() => void model.open(own)}
            onCorrect={() => void model.correct(own)}
          />
        )}
        {snapshot && card && !reading && (
          <EvaluationForm
            model={evaluation}
            scorecard={card}
            choices={model.choices.value}
            chosenId={model.baseScorecard.value?.scorecardId ?? card.scorecardId}
            forms={model.scorecards.value}
            onChooseScorecard={(id) => model.chooseScorecard(id)}
            onSubmitted={(message, ok) => {
              submitted.value = about ? { message, about } : null;
              if (ok) {
                void sync.run().then(() => agent.refreshRelated());
              }
            }}
          />
        )}
        {submitted.value && submitted.value.about === about && (
          <p role="status" class="notice">
            {submitted.value.message}
          </p>
        )}
        {pair && pairVersion && <Comparison version={pairVersion} self={pair.self} supervisor={pair.supervisor} />}
        {isAgent && <FeedbackForAgent feedback={agent.feedback.value} onAcknowledge={(id) => void agent.acknowledge(id)} />}
        {isAgent && (
          <SelfAssessmentList
            handled={agent.handled.value}
            due={agent.due.value}
            onAssess={(entry) => (model.override.value = entry.snapshot)}
          />
        )}
        <EvaluationHistory
          evaluations={model.history.value}
          canCorrect={model.correctionOpen}
          onOpen={(e) => void model.open(e)}
          onCorrect={(e) => void model.correct(e)}
        />
      </main>
    </>
  );
}

/**
 * The panel on a page without a detected interaction: enabling the site, or naming the
 * interaction by hand. It alone follows the page's address and the site's access, so their
 * answers (which come a little after the interaction's) re-render only this part.
 */
function NoInteractionHere({ model, notice, enableSite, disableSite, platformFor }: Omit<Props, 'model'> & {
  model: PanelModel;
  notice: Signal<string | null>;
}) {
  const { active } = model;
  const pageUrl = active.pageUrl.value;
  const origin = pageUrl && /^https?:/.test(pageUrl) ? new URL(pageUrl).origin : null;
  return (
    <>
      <NoInteraction
        origin={origin}
        platform={pageUrl ? platformFor(pageUrl) : null}
        siteEnabled={active.siteEnabled.value}
        notice={notice.value}
        onDisable={() => {
          if (!pageUrl || !origin) return;
          void disableSite(pageUrl).then((done) => {
            notice.value = done ? t('site.disabled', { origin }) : t('site.cannotDisable', { origin });
            void active.refresh();
          });
        }}
        onEnable={() => {
          if (!pageUrl || !origin) return;
          notice.value = t('site.enabling');
          void enableSite(pageUrl).then((granted) => {
            notice.value = granted ? null : t('site.denied', { origin });
            void active.refresh();
          });
        }}
      />
      <ManualInteraction onUse={(text) => model.useManualInteraction(text, pageUrl)} />
    </>
  );
}
