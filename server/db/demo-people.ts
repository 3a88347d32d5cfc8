import type { Role } from '../../lib/domain';

/**
 * The demo organisation's people. The demo desk shows the same agents by the same
 * names and e-mails, so the extension can link a desk conversation to a Laatu user.
 */
export const DEMO_PASSWORD = 'demo';

export const DEMO_UNIT = { key: 'unit', name: 'Helsinki contact center' } as const;

export const DEMO_TEAMS = [
  { key: 'north', name: 'Team North' },
  { key: 'south', name: 'Team South' },
] as const;

export type DemoTeamKey = (typeof DEMO_TEAMS)[number]['key'];

export interface DemoPerson {
  email: string;
  name: string;
  role: Role;
  team: DemoTeamKey | null;
}

export const DEMO_AGENTS = [
  { email: 'agent1@demo.laatu', name: 'Aino Virtanen', role: 'agent', team: 'north' },
  { email: 'agent2@demo.laatu', name: 'Mikko Korhonen', role: 'agent', team: 'north' },
  { email: 'agent3@demo.laatu', name: 'Sanna Nieminen', role: 'agent', team: 'north' },
  { email: 'agent4@demo.laatu', name: 'Jussi Mäkinen', role: 'agent', team: 'south' },
  { email: 'agent5@demo.laatu', name: 'Laura Hämäläinen', role: 'agent', team: 'south' },
  { email: 'agent6@demo.laatu', name: 'Teemu Laine', role: 'agent', team: 'south' },
] as const satisfies readonly DemoPerson[];

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { email: 'admin@demo.laatu', name: 'Anna Järvinen', role: 'admin', team: null },
  { email: 'supervisor1@demo.laatu', name: 'Kaisa Lehtonen', role: 'supervisor', team: 'north' },
  { email: 'supervisor2@demo.laatu', name: 'Pekka Heikkinen', role: 'supervisor', team: 'south' },
  { email: 'coach@demo.laatu', name: 'Riikka Koskinen', role: 'coach', team: null },
  ...DEMO_AGENTS,
];
