import type { Kysely } from 'kysely';
import type { StoredDetectorRule } from '../../lib/domain';
import type { DetectorRule } from '../../lib/detect/rule';
import { inTransaction } from '../db/dialect';
import type { Database, DetectorRuleRow } from '../db/schema';

function toStored(row: DetectorRuleRow): StoredDetectorRule {
  return {
    id: row.id,
    rule: JSON.parse(row.rule) as unknown,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function listDetectorRules(db: Kysely<Database>): Promise<StoredDetectorRule[]> {
  const rows = await db.selectFrom('detector_rules').selectAll().orderBy('id').execute();
  return rows.map(toStored);
}

export async function findDetectorRule(db: Kysely<Database>, id: string): Promise<StoredDetectorRule | undefined> {
  const row = await db.selectFrom('detector_rules').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toStored(row);
}

/** Inserts a new rule; undefined when one with its id exists already (checked and written in one transaction). */
export async function insertDetectorRule(
  db: Kysely<Database>,
  rule: DetectorRule,
  userId: string,
  at: Date,
): Promise<StoredDetectorRule | undefined> {
  return inTransaction(db, async (trx) => {
    const existing = await findDetectorRule(trx, rule.id);
    if (existing) return undefined;
    const now = at.toISOString();
    await trx
      .insertInto('detector_rules')
      .values({ id: rule.id, rule: JSON.stringify(rule), created_by: userId, created_at: now, updated_at: now })
      .execute();
    return findDetectorRule(trx, rule.id);
  });
}

/** Creates or replaces the rule with this id. */
export async function upsertDetectorRule(
  db: Kysely<Database>,
  rule: DetectorRule,
  userId: string,
  at: Date,
): Promise<{ stored: StoredDetectorRule; created: boolean }> {
  const now = at.toISOString();
  return inTransaction(db, async (trx) => {
    const existing = await findDetectorRule(trx, rule.id);
    if (existing) {
      await trx
        .updateTable('detector_rules')
        .set({ rule: JSON.stringify(rule), updated_at: now })
        .where('id', '=', rule.id)
        .execute();
    } else {
      await trx
        .insertInto('detector_rules')
        .values({ id: rule.id, rule: JSON.stringify(rule), created_by: userId, created_at: now, updated_at: now })
        .execute();
    }
    const stored = await findDetectorRule(trx, rule.id);
    if (!stored) throw new Error(`detector rule ${rule.id} vanished after writing`);
    return { stored, created: !existing };
  });
}

export async function deleteDetectorRule(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('detector_rules').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
