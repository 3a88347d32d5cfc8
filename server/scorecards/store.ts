import type { Kysely } from 'kysely';
import { ScorecardVersion } from '../../lib/domain';
import type { Database, ScorecardVersionRow } from '../db/schema';

/** The row's status and publishing time win over the JSON: archiving changes only the columns. */
function toVersion(row: ScorecardVersionRow): ScorecardVersion {
  const content: unknown = JSON.parse(row.content);
  return ScorecardVersion.parse({
    ...(typeof content === 'object' && content !== null ? content : {}),
    scorecardId: row.scorecard_id,
    version: row.version,
    status: row.status,
    publishedAt: row.published_at,
  });
}

/** The version evaluators score on today: the active version of each published scorecard. */
export async function activeScorecardVersions(db: Kysely<Database>): Promise<ScorecardVersion[]> {
  const rows = await db
    .selectFrom('scorecards as s')
    .innerJoin('scorecard_versions as v', (join) =>
      join.onRef('v.scorecard_id', '=', 's.id').onRef('v.version', '=', 's.active_version'),
    )
    .selectAll('v')
    .where('s.status', '=', 'published')
    .where('v.published_at', 'is not', null)
    .orderBy('s.title')
    .execute();
  return rows.map(toVersion);
}

/**
 * A version that was published at some point (it may be archived since): old evaluations
 * keep pointing at it, and a client that scored offline on it may still upload.
 */
export async function publishedScorecardVersion(
  db: Kysely<Database>,
  scorecardId: string,
  version: number,
): Promise<ScorecardVersion | undefined> {
  const row = await db
    .selectFrom('scorecard_versions')
    .selectAll()
    .where('scorecard_id', '=', scorecardId)
    .where('version', '=', version)
    .where('published_at', 'is not', null)
    .executeTakeFirst();
  return row ? toVersion(row) : undefined;
}
