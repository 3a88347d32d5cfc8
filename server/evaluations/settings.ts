import type { Kysely } from 'kysely';
import { OrganisationSettings } from '../../lib/domain';
import type { Database } from '../db/schema';

/** There is one organisation today; its settings row carries this id. */
export const ORGANISATION_ID = 'default';

/** What an organisation gets before its admin has set anything. */
export const DEFAULT_SETTINGS: OrganisationSettings = {
  correctionWindowHours: 72,
  selfAssessmentsPerMonth: 4,
  evaluationsPerAgentPerMonth: 4,
};

export async function readSettings(db: Kysely<Database>): Promise<OrganisationSettings> {
  const row = await db
    .selectFrom('organisation_settings')
    .selectAll()
    .where('organisation_id', '=', ORGANISATION_ID)
    .executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS;
  return OrganisationSettings.parse({
    correctionWindowHours: row.correction_window_hours,
    selfAssessmentsPerMonth: row.self_assessments_per_month,
    evaluationsPerAgentPerMonth: row.evaluations_per_agent_per_month,
  });
}

export async function writeSettings(
  db: Kysely<Database>,
  settings: OrganisationSettings,
  by: string,
  at: Date,
): Promise<OrganisationSettings> {
  const columns = {
    correction_window_hours: settings.correctionWindowHours,
    self_assessments_per_month: settings.selfAssessmentsPerMonth,
    evaluations_per_agent_per_month: settings.evaluationsPerAgentPerMonth,
    updated_by: by,
    updated_at: at.toISOString(),
  };
  await db
    .insertInto('organisation_settings')
    .values({ organisation_id: ORGANISATION_ID, ...columns })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(columns))
    .execute();
  return readSettings(db);
}
