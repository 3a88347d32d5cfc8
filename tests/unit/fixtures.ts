import { yesNoScale, type InteractionSnapshot, type ScorecardVersion, type User } from '../../lib/domain';
import { LaatuDb } from '../../lib/store';

let counter = 0;
/** A fresh database per test, isolated by its name. */
export function testDb(): LaatuDb {
  counter += 1;
  return new LaatuDb(`laatu-test-${Date.now()}-${counter}`);
}

export const supervisor: User = { id: 'u-sup', email: 'supervisor1@demo.laatu', name: 'Kaisa Lehtonen', role: 'supervisor', teamId: 't1' };

export const scorecard: ScorecardVersion = {
  scorecardId: 'customer-service',
  version: 1,
  title: 'Customer service encounter',
  description: '',
  status: 'published',
  publishedAt: '2026-11-01T00:00:00.000Z',
  sections: [
    {
      id: 'opening',
      title: 'Opening',
      items: [
        { id: 'greets', text: 'Greets the customer by name', explanation: 'A personal start sets the tone.', scale: yesNoScale(), allowNotApplicable: false, critical: 'none' },
        { id: 'agenda', text: 'Tells what the call will cover', explanation: '', scale: yesNoScale(), allowNotApplicable: true, critical: 'none' },
      ],
    },
    {
      id: 'compliance',
      title: 'Data protection',
      items: [
        { id: 'identity', text: 'Verifies identity first', explanation: '', scale: yesNoScale(), allowNotApplicable: false, critical: 'evaluation' },
      ],
    },
  ],
};

export const snapshot = (externalId = 'T-1001'): InteractionSnapshot => ({
  platform: 'demo-desk',
  externalId,
  channel: 'ticket',
  customer: 'Matti <b>Meikäläinen</b>',
  agent: 'Aino Virtanen',
  agentEmail: 'agent1@demo.laatu',
  url: `http://127.0.0.1:8787/demo/interactions/${externalId}`,
  confidence: 1,
  missing: [],
  detectedAt: '2026-11-24T10:00:00.000Z',
});
