import type { Kysely } from 'kysely';
import { ScorecardStatus, ScorecardVersion, type ScorecardSummary } from '../../lib/domain';
import type { Database, ScorecardVersionRow } from '../db/schema';

/** The row's status and publishing time win over the JSON: archiving changes only the columns. */
export function toVersion(row: ScorecardVersionRow): ScorecardVersion {
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
    .orderBy('s.id')
    .execute();
  return rows.map(toVersion);
}

/**
 * One version of a scorecard. By default only a version that was published at some point
 * (it may be archived since): old evaluations keep pointing at it, and a client that
 * scored offline on it may still upload. `includeDrafts` is for QA admins only.
 */
export async function scorecardVersion(
  db: Kysely<Database>,
  scorecardId: string,
  version: number,
  { includeDrafts = false } = {},
): Promise<ScorecardVersion | undefined> {
  let query = db
    .selectFrom('scorecard_versions')
    .selectAll()
    .where('scorecard_id', '=', scorecardId)
    .where('version', '=', version);
  if (!includeDrafts) query = query.where('published_at', 'is not', null);
  const row = await query.executeTakeFirst();
  return row ? toVersion(row) : undefined;
}

export const publishedScorecardVersion = (db: Kysely<Database>, scorecardId: string, version: number) =>
  scorecardVersion(db, scorecardId, version);

/** Every version of one scorecard, newest first; undefined when there is no such scorecard. */
export async function scorecardVersions(
  db: Kysely<Database>,
  scorecardId: string,
): Promise<ScorecardVersion[] | undefined> {
  const card = await db.selectFrom('scorecards').select('id').where('id', '=', scorecardId).executeTakeFirst();
  if (!card) return undefined;
  const rows = await db
    .selectFrom('scorecard_versions')
    .selectAll()
    .where('scorecard_id', '=', scorecardId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toVersion);
}

/** Every scorecard in any state, for the admin's list; titled by its newest version. */
export async function scorecardSummaries(db: Kysely<Database>): Promise<ScorecardSummary[]> {
  const cards = await db.selectFrom('scorecards').selectAll().orderBy('title').orderBy('id').execute();
  const latest = await db
    .selectFrom('scorecard_versions')
    .select(['scorecard_id', (eb) => eb.fn.max('version').as('latest')])
    .groupBy('scorecard_id')
    .execute();
  const latestOf = new Map(latest.map((r) => [r.scorecard_id, Number(r.latest)]));
  const summaries: ScorecardSummary[] = [];
  for (const card of cards) {
    const latestVersion = latestOf.get(card.id) ?? 1;
    const newest = await scorecardVersion(db, card.id, latestVersion, { includeDrafts: true });
    summaries.push({
      id: card.id,
      title: newest?.title ?? card.title,
      status: ScorecardStatus.parse(card.status),
      activeVersion: card.active_version,
      latestVersion,
      updatedAt: card.updated_at,
    });
  }
  return summaries;
}
