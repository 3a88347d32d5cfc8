import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect';

/**
 * Custom detector rules (issue 5): an admin's rule for a home-grown or unsupported desk,
 * stored as the validated DetectorRule JSON; its `id` is the rule's own id. Portable types only (columnTypes()).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { text } = columnTypes(db);
  await db.schema
    .createTable('detector_rules')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('rule', text, (c) => c.notNull())
    .addColumn('created_by', text, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('detector_rules').execute();
}
