import { describe, expect, test } from 'vitest';
import type { User } from '../../lib/domain';
import { comparablePair, compareEvaluations } from '../../lib/state/compare';
import { scorecard, supervisor } from './fixtures';
import { serverEvaluation } from './panel-support';

const agent: User = { id: 'u-a1', email: 'agent1@demo.laatu', name: 'Aino Virtanen', role: 'agent', teamId: 't1' };
const otherLead: User = { ...supervisor, id: 'u-sup2', name: 'Jari Nieminen' };
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe('the self-assessment and the evaluation beside it', () => {
  const self = serverEvaluation(agent, 'T-1', { greets: 'no' }, { submittedAt: minutesAgo(30) });
  const newerSelf = serverEvaluation(agent, 'T-1', { greets: 'yes' }, { submittedAt: minutesAgo(5) });
  const mine = serverEvaluation(supervisor, 'T-1', { greets: 'yes' }, { submittedAt: minutesAgo(20) });
  const theirs = serverEvaluation(otherLead, 'T-1', { greets: 'no' }, { submittedAt: minutesAgo(10) });

  test("pairs the agent's newest self-assessment with the newest evaluation, or the viewer's own", () => {
    expect(comparablePair([self, mine, newerSelf, theirs], agent.id)).toEqual({ self: newerSelf, supervisor: theirs });
    expect(comparablePair([self, mine, theirs], supervisor.id)).toEqual({ self, supervisor: mine });
  });

  test('prefers an evaluation on the same scorecard, of any version', () => {
    const otherForm = serverEvaluation(otherLead, 'T-1', {}, { scorecardId: 'rush-hour', submittedAt: minutesAgo(1) });
    const newVersion = { ...mine, scorecardVersion: 2 };
    expect(comparablePair([self, otherForm, newVersion], agent.id)?.supervisor).toBe(newVersion);
    expect(comparablePair([self, otherForm], agent.id)?.supervisor).toBe(otherForm);
  });

  test('has nothing to compare without both', () => {
    expect(comparablePair([mine, theirs], agent.id)).toBeNull();
    expect(comparablePair([self], agent.id)).toBeNull();
  });

  test('compares item by item on the self-assessment’s version, with N/A in the reader’s language', () => {
    const rows = compareEvaluations(
      scorecard,
      serverEvaluation(agent, 'T-1', { greets: 'yes', agenda: 'na', identity: 'yes' }),
      serverEvaluation(supervisor, 'T-1', { greets: 'no', agenda: 'na' }),
      'Ei koske',
    );
    expect(rows.map(({ self: a, supervisor: b, differs }) => [a, b, differs])).toEqual([
      ['Yes', 'No', true],
      ['Ei koske', 'Ei koske', false],
      ['Yes', null, true],
    ]);
  });
});
