import { useSignal, type Signal } from '@preact/signals';
import { useRef } from 'preact/hooks';
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
import type { LocalEvaluation } from '../../lib/store/db';
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
  /** Why a correction could not be opened. */
  const problem = useSignal<string | null>(null);
  /** Bumped when the evaluator asks for a form (correct, self-assess): EvaluationForm focuses it. */
  const formFocus = useSignal(0);
  /** Where focus returns when the read-only view closes. */
  const openedFrom = useRef<HTMLElement | null>(null);
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
  const comparison = model.comparison.value;
  const isAgent = user.role === 'agent';
  // A detected interaction whose page is still rendering: its card says so, its form waits.
  const reading = !model.override.value && active.awaitingPage.value;
  const about = snapshot ? `${user.id}|${interactionKey(snapshot)}` : null;
  const own = model.own.value;
  const openView = (evaluation: LocalEvaluation) => {
    openedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    void model.open(evaluation);
  };
  const closeView = () => {
    model.viewing.value = null;
    const back = openedFrom.current;
    requestAnimationFrame(() => back?.isConnected && back.focus());
  };
  const correct = (evaluation: LocalEvaluation) =>
    void model.correct(evaluation).then((missing) => {
      problem.value = missing && t(missing);
      if (!missing) formFocus.value += 1;
    });
  // An agent self-assesses their own encounters only: one the page shows another agent handling is not offered.
  const othersEncounter = isAgent && snapshot?.agentEmail && snapshot.agentEmail.toLowerCase() !== user.email.toLowerCase();

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
        {problem.value && (
          <p role="alert" class="notice">
            {problem.value}
          </p>
        )}
        {viewing && (
          <EvaluationView evaluation={viewing.evaluation} version={viewing.version} onClose={closeView} />
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
            lastSent={model.lastSent.value && { ...model.lastSent.value, delivery: model.lastSent.value.delivery.value }}
            onToggle={(on) => (model.rushHour.value = on)}
            onSend={model.sendFeedback}
          />
        )}
        {snapshot && !card && <p class="card">{t('scorecard.none')}</p>}
        {snapshot && own && !evaluation.correctsId.value && (
          <OwnEvaluation
            evaluation={own}
            canCorrect={model.correctionOpen(own)}
            onOpen={() => openView(own)}
            onCorrect={() => correct(own)}
          />
        )}
        {snapshot && othersEncounter && !reading && (
          <p class="card">{t('self.notYours', { agent: snapshot.agent ?? snapshot.agentEmail ?? '' })}</p>
        )}
        {snapshot && card && !reading && !othersEncounter && (
          <EvaluationForm
            model={evaluation}
            scorecard={card}
            choices={model.choices.value}
            chosenId={model.baseScorecard.value?.scorecardId ?? card.scorecardId}
            forms={model.scorecards.value}
            onChooseScorecard={(id) => model.chooseScorecard(id)}
            focusRequest={formFocus.value}
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
        {comparison && <Comparison version={comparison.version} self={comparison.pair.self} supervisor={comparison.pair.supervisor} />}
        {isAgent && <FeedbackForAgent feedback={agent.feedback.value} onAcknowledge={(id) => void agent.acknowledge(id)} />}
        {isAgent && (
          <SelfAssessmentList
            handled={agent.handled.value}
            due={agent.due.value}
            onAssess={(entry) => {
              model.override.value = entry.snapshot;
              formFocus.value += 1;
            }}
          />
        )}
        <EvaluationHistory
          evaluations={model.history.value}
          canCorrect={model.correctionOpen}
          onOpen={openView}
          onCorrect={correct}
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
