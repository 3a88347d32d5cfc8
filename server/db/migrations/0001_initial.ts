import type { Kysely } from 'kysely';
import { columnTypes } from '../dialect';

/**
 * The first schema. Written with the schema builder and portable types only
 * (text, integer, double precision) so the same migration runs on SQLite and PostgreSQL;
 * text and integer come from columnTypes(), which makes PostgreSQL's behave as SQLite's.
 * `Kysely<unknown>` on purpose: a migration must not depend on today's Database type.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { text, integer } = columnTypes(db);
  await db.schema
    .createTable('units')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('teams')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_id', text, (c) => c.notNull().references('units.id'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('email', text, (c) => c.notNull().unique())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('role', text, (c) => c.notNull())
    .addColumn('team_id', text, (c) => c.references('teams.id'))
    .addColumn('password_hash', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', text, (c) => c.primaryKey())
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('scorecards')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('active_version', integer)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('scorecard_versions')
    .addColumn('scorecard_id', text, (c) => c.notNull().references('scorecards.id'))
    .addColumn('version', integer, (c) => c.notNull())
    .addColumn('content', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('published_at', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('scorecard_versions_pk', ['scorecard_id', 'version'])
    .execute();

  await db.schema
    .createTable('evaluations')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('evaluator_id', text, (c) => c.notNull().references('users.id'))
    .addColumn('agent_id', text, (c) => c.references('users.id'))
    .addColumn('interaction_key', text, (c) => c.notNull())
    .addColumn('interaction', text, (c) => c.notNull())
    .addColumn('scorecard_id', text, (c) => c.notNull())
    .addColumn('scorecard_version', integer, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('answers', text, (c) => c.notNull())
    .addColumn('comment', text, (c) => c.notNull())
    .addColumn('duration_seconds', integer, (c) => c.notNull())
    .addColumn('started_at', text, (c) => c.notNull())
    .addColumn('submitted_at', text, (c) => c.notNull())
    .addColumn('score_points', 'double precision', (c) => c.notNull())
    .addColumn('score_max', 'double precision', (c) => c.notNull())
    .addColumn('score_percent', 'double precision')
    .addColumn('score', text, (c) => c.notNull())
    .addColumn('revision', integer, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addForeignKeyConstraint(
      'evaluations_scorecard_version_fk',
      ['scorecard_id', 'scorecard_version'],
      'scorecard_versions',
      ['scorecard_id', 'version'],
    )
    .execute();
  // The lists people open most: by interaction, by agent, by evaluator, newest first.
  await db.schema.createIndex('evaluations_interaction_key').on('evaluations').column('interaction_key').execute();
  await db.schema.createIndex('evaluations_agent_id').on('evaluations').column('agent_id').execute();
  await db.schema.createIndex('evaluations_evaluator_id').on('evaluations').column('evaluator_id').execute();
  await db.schema.createIndex('evaluations_submitted_at').on('evaluations').column('submitted_at').execute();

  await db.schema
    .createTable('evaluation_revisions')
    .addColumn('evaluation_id', text, (c) => c.notNull().references('evaluations.id').onDelete('cascade'))
    .addColumn('revision', integer, (c) => c.notNull())
    .addColumn('payload', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_revisions_pk', ['evaluation_id', 'revision'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'evaluation_revisions',
    'evaluations',
    'scorecard_versions',
    'scorecards',
    'sessions',
    'users',
    'teams',
    'units',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
