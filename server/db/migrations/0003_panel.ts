import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect';

/**
 * What the evaluator's panel needs (issue 6): how an evaluation was followed, its timed
 * co-listening notes and the agent the evaluator confirmed; feedback sent to agents;
 * the organisation's settings. Portable types only (columnTypes()), one column per ALTER (SQLite's limit).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { text, integer } = columnTypes(db);
  await db.schema
    .alterTable('evaluations')
    .addColumn('mode', text, (c) => c.notNull().defaultTo('recording'))
    .execute();
  await db.schema
    .alterTable('evaluations')
    .addColumn('notes', text, (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('evaluations').addColumn('agent_email', text).execute();

  await db.schema
    .createTable('feedback')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('from_user_id', text, (c) => c.notNull().references('users.id'))
    .addColumn('agent_id', text, (c) => c.notNull().references('users.id'))
    .addColumn('agent_email', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('text', text, (c) => c.notNull())
    .addColumn('interaction_key', text)
    .addColumn('sent_at', text, (c) => c.notNull())
    .addColumn('acknowledged_at', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_agent_id').on('feedback').column('agent_id').execute();
  await db.schema.createIndex('feedback_from_user_id').on('feedback').column('from_user_id').execute();

  await db.schema
    .createTable('organisation_settings')
    .addColumn('organisation_id', text, (c) => c.primaryKey())
    .addColumn('correction_window_hours', integer, (c) => c.notNull())
    .addColumn('self_assessments_per_month', integer, (c) => c.notNull())
    .addColumn('evaluations_per_agent_per_month', integer, (c) => c.notNull())
    .addColumn('updated_by', text, (c) => c.references('users.id'))
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('organisation_settings').execute();
  await db.schema.dropTable('feedback').execute();
  for (const column of ['agent_email', 'notes', 'mode']) {
    await db.schema.alterTable('evaluations').dropColumn(column).execute();
  }
}
