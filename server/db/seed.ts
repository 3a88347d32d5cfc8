import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords';
import { inTransaction } from './dialect';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TEAMS, DEMO_UNIT, type DemoTeamKey } from './demo-people';
import { demoScorecards } from './demo-scorecard';
import type { Database } from './schema';

/**
 * Creates the demo organisation on an empty database. Returns false and changes
 * nothing when there are users already, so restarts never overwrite real data.
 */
export async function seedDemoOrganisation(db: Kysely<Database>, now = new Date()): Promise<boolean> {
  if (await hasUsers(db)) return false;
  const createdAt = now.toISOString();
  // Hash before the transaction: argon2 is slow on purpose and must not hold the write lock.
  // The demo password is public, so one hash serves everyone and first start stays quick.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const scorecards = demoScorecards(createdAt);

  return inTransaction(db, async (trx) => {
    if (await hasUsers(trx)) return false;
    const unitId = randomUUID();
    await trx.insertInto('units').values({ id: unitId, name: DEMO_UNIT.name, created_at: createdAt }).execute();

    const teamIds = new Map<DemoTeamKey, string>();
    for (const team of DEMO_TEAMS) {
      const id = randomUUID();
      teamIds.set(team.key, id);
      await trx.insertInto('teams').values({ id, unit_id: unitId, name: team.name, created_at: createdAt }).execute();
    }

    await trx
      .insertInto('users')
      .values(
        DEMO_PEOPLE.map((person) => ({
          id: randomUUID(),
          email: person.email.toLowerCase(),
          name: person.name,
          role: person.role,
          team_id: person.team ? (teamIds.get(person.team) ?? null) : null,
          password_hash: passwordHash,
          created_at: createdAt,
        })),
      )
      .execute();

    for (const scorecard of scorecards) {
      await trx
        .insertInto('scorecards')
        .values({
          id: scorecard.scorecardId,
          title: scorecard.title,
          status: 'published',
          active_version: scorecard.version,
          created_at: createdAt,
          updated_at: createdAt,
        })
        .execute();
      await trx
        .insertInto('scorecard_versions')
        .values({
          scorecard_id: scorecard.scorecardId,
          version: scorecard.version,
          content: JSON.stringify(scorecard),
          status: scorecard.status,
          published_at: scorecard.publishedAt,
          created_at: createdAt,
        })
        .execute();
    }
    return true;
  });
}

async function hasUsers(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
