import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001_initial';
import * as panel from './0003_panel';
import * as detectorRules from './0004_detector_rules';

/**
 * Every migration, listed by hand instead of read from disk (FileMigrationProvider):
 * works the same under tsx, vitest and any bundler. Names sort in the order they run.
 */
const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0003_panel': panel,
  '0004_detector_rules': detectorRules,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
