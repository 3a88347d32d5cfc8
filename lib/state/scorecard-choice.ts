import { computed, effect, signal, untracked, type ReadonlySignal } from '@preact/signals';
import type { InteractionSnapshot, ScorecardVersion, User } from '../domain';
import { interactionKey } from '../domain/interaction-key';
import type { CachedScorecard } from '../store/db';
import type { FormRef } from './evaluation-work';

interface Deps {
  /** The published scorecards this device has. */
  scorecards: ReadonlySignal<CachedScorecard[]>;
  interaction: ReadonlySignal<InteractionSnapshot | null>;
  user: ReadonlySignal<User | null>;
}

/**
 * Which scorecard the panel shows for the interaction in view: the one fitting its channel and
 * the user's team, another the evaluator chose for this interaction, an exact version (a
 * correction's), or the rush-hour form of any of them in rush-hour mode.
 */
export function createScorecardChoice({ scorecards, interaction, user }: Deps) {
  const interactionKeyNow = computed(() => (interaction.value ? interactionKey(interaction.value) : null));
  /**
   * The scorecard the evaluator chose for one interaction: the next interaction opens the form
   * fitting it again, and coming back to this one (or to its draft) finds the choice.
   */
  const chosen = signal<{ interactionKey: string; scorecardId: string; exact?: ScorecardVersion } | null>(null);
  const chosenHere = computed(() => (chosen.value && chosen.value.interactionKey === interactionKeyNow.value ? chosen.value : null));
  const chosenScorecardId = computed(() => chosenHere.value?.scorecardId ?? null);
  /** `exact`: this version, not the published one; a correction is made on the version it was scored on. */
  function choose(scorecardId: string, key = interactionKeyNow.peek(), exact?: ScorecardVersion): void {
    if (key) chosen.value = { interactionKey: key, scorecardId, ...(exact ? { exact } : {}) };
  }
  const rushHour = signal(false);

  /** Forms another names as its rush-hour companion: offered only in rush-hour mode. */
  const companions = computed(() => new Set(scorecards.value.map((c) => c.rushHourScorecardId).filter(Boolean)));
  /** Published scorecards that fit the interaction's channel and the user's team. */
  const eligible = computed(() => {
    const channel = interaction.value?.channel;
    const team = user.value?.teamId ?? null;
    return scorecards.value.filter((card) => {
      if (companions.value.has(card.scorecardId)) return false;
      const { channels = [], teamIds = [] } = card;
      const channelFits = channels.length === 0 || !channel || channels.includes(channel);
      const teamFits = teamIds.length === 0 || (team !== null && teamIds.includes(team));
      return channelFits && teamFits;
    });
  });
  /**
   * The forms the evaluator can switch between: those fitting the interaction first, then every
   * other published one (a detected channel can be wrong); rush-hour forms come with the toggle.
   */
  const choices = computed(() => {
    const fitting = eligible.value;
    const others = scorecards.value.filter((card) => !companions.value.has(card.scorecardId) && !fitting.includes(card));
    return { fitting, others };
  });
  const baseScorecard = computed<ScorecardVersion | null>(() => {
    const all = scorecards.value;
    return chosenHere.value?.exact ?? all.find((s) => s.scorecardId === chosenScorecardId.value) ?? eligible.value[0] ?? all[0] ?? null;
  });
  const rushHourScorecard = computed<ScorecardVersion | null>(() => {
    const id = baseScorecard.value?.rushHourScorecardId;
    return id ? (scorecards.value.find((s) => s.scorecardId === id) ?? null) : null;
  });
  // Rush-hour mode is a supervisor's tool while co-listening; agents always self-assess on the full form.
  // An exact version (a correction's) is shown as it was scored, rush hour or not.
  const scorecard = computed(
    () =>
      (rushHour.value && user.value?.role !== 'agent' && !chosenHere.value?.exact && rushHourScorecard.value) ||
      baseScorecard.value,
  );

  /** The form a draft just restored is on, until the panel has shown that form (see followDraft). */
  const restoredForm = signal<FormRef | null>(null);
  let following: { correcting: () => boolean; versionOf: (scorecardId: string, version: number) => Promise<ScorecardVersion | null> } | null = null;
  /**
   * A draft comes back on the form it was begun on: another scorecard chosen for the
   * interaction, or the rush-hour form (which turns rush-hour mode on), unless the evaluator
   * has already chosen a form here. Waits for the scorecards when the draft came first.
   */
  const stopFollowingDraft = effect(() => {
    const form = restoredForm.value;
    const all = scorecards.value;
    const key = interactionKeyNow.value;
    if (!form || !key || all.length === 0) return;
    untracked(() => {
      restoredForm.value = null;
      if (chosenScorecardId.value) return;
      const shown = scorecard.value;
      if (shown?.scorecardId === form.scorecardId) {
        // A correction in progress on the version it was scored on, since superseded: that version again.
        if (shown.version !== form.version && following?.correcting()) {
          void following.versionOf(form.scorecardId, form.version).then((exact) => {
            if (exact && interactionKeyNow.peek() === key && !chosenScorecardId.peek()) choose(form.scorecardId, key, exact);
          });
        }
        return;
      }
      const namingIt = all.find((card) => card.rushHourScorecardId === form.scorecardId);
      if (namingIt && user.value?.role !== 'agent') {
        if (baseScorecard.value?.scorecardId !== namingIt.scorecardId) choose(namingIt.scorecardId, key);
        rushHour.value = true;
      } else if (all.some((card) => card.scorecardId === form.scorecardId)) {
        choose(form.scorecardId, key);
      }
    });
  });

  return {
    eligible,
    choices,
    baseScorecard,
    rushHour,
    rushHourScorecard,
    scorecard,
    choose,
    /** Called with the form of each draft restored; `correcting` and `versionOf` find a correction's exact version. */
    followDraft(deps: NonNullable<typeof following>) {
      following = deps;
      return (form: FormRef) => (restoredForm.value = form);
    },
    /** Nothing of one user's choices stays for the next. */
    reset() {
      chosen.value = null;
      rushHour.value = false;
    },
    dispose: stopFollowingDraft,
  };
}

export type ScorecardChoice = ReturnType<typeof createScorecardChoice>;
