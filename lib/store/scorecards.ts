import type { ScorecardVersion } from '../domain';
import type { CachedScorecard, LaatuDb } from './db';

/** Replaces the cached published scorecards, keeping every version an evaluation may still need. */
export async function cacheScorecards(db: LaatuDb, versions: ScorecardVersion[]): Promise<void> {
  const cachedAt = new Date().toISOString();
  await db.transaction('rw', db.scorecards, async () => {
    const activeKeys = new Set(versions.map((v) => `${v.scorecardId}#${v.version}`));
    await db.scorecards
      .where('status')
      .equals('published')
      .filter((v) => !activeKeys.has(`${v.scorecardId}#${v.version}`))
      .modify({ status: 'archived' });
    await db.scorecards.bulkPut(versions.map((v) => ({ ...v, cachedAt })));
  });
}

export async function publishedScorecards(db: LaatuDb): Promise<CachedScorecard[]> {
  return byTitle(await db.scorecards.where('status').equals('published').toArray());
}

/** The order the panel offers scorecards in. */
export function byTitle(rows: CachedScorecard[]): CachedScorecard[] {
  return rows.sort((a, b) => a.title.localeCompare(b.title));
}

export async function scorecardVersion(
  db: LaatuDb,
  scorecardId: string,
  version: number,
): Promise<CachedScorecard | undefined> {
  return db.scorecards.get([scorecardId, version]);
}
