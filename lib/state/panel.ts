import { computed, signal } from '@preact/signals';
import type { ScorecardVersion } from '../domain';
import { getSession, publishedScorecards, recentEvaluations, type CachedScorecard, type LaatuDb, type LocalEvaluation } from '../store';
import type { FetchLike } from '../sync';
import { createActiveInteractionModel, type TabsPort } from './active-interaction';
import { createEvaluationModel } from './evaluation';
import { liveSignal } from './live';
import { createSessionModel } from './session';
import { createSyncModel } from './sync-status';

/** Everything the evaluator's panel shows, wired once; components only render it. */
export function createPanelModel(db: LaatuDb, tabs: TabsPort, fetchImpl?: FetchLike) {
  const session = createSessionModel(db, fetchImpl);
  const active = createActiveInteractionModel(tabs);
  const sync = createSyncModel(db, fetchImpl);
  const scorecards = liveSignal<CachedScorecard[]>(() => publishedScorecards(db), []);
  const chosenScorecardId = signal<string | null>(null);
  const scorecard = computed<ScorecardVersion | null>(() => {
    const all = scorecards.value.value;
    return all.find((s) => s.scorecardId === chosenScorecardId.value) ?? all[0] ?? null;
  });
  // Reads the session inside the query so that signing in or out re-runs it.
  const history = liveSignal<LocalEvaluation[]>(async () => {
    const current = await getSession(db);
    return current ? recentEvaluations(db, current.user.id) : [];
  }, []);
  const evaluation = createEvaluationModel({ db, user: session.user, interaction: active.snapshot, scorecard });

  return {
    session,
    active,
    sync,
    scorecards: scorecards.value,
    chosenScorecardId,
    scorecard,
    evaluation,
    history: history.value,
    dispose() {
      session.dispose();
      active.dispose();
      sync.dispose();
      scorecards.stop();
      history.stop();
      evaluation.dispose();
    },
  };
}

export type PanelModel = ReturnType<typeof createPanelModel>;
