import type { Kysely } from 'kysely';
import {
  ScorecardVersion,
  type PublishProblem,
  type ScorecardDraftInput,
  type ScorecardSummary,
} from '../../lib/domain';
import { validateForPublishing } from '../../lib/scoring';
import { inTransaction } from '../db/dialect';
import type { Database } from '../db/schema';
import { HttpError } from '../http/errors';
import { scorecardSummaries, scorecardVersion } from './store';
import { slugOf, uniqueSlug } from './slug';

type Db = Kysely<Database>;

/** Publishing refused: the builder shows every problem beside its field. */
export class PublishProblems extends Error {
  constructor(readonly problems: PublishProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    this.name = 'PublishProblems';
  }
}

function contentOf(scorecardId: string, version: number, input: ScorecardDraftInput): ScorecardVersion {
  // The input's optional `id` is not a ScorecardVersion key: parsing drops it.
  return ScorecardVersion.parse({ ...input, scorecardId, version, status: 'draft', publishedAt: null });
}

async function insertScorecard(trx: Db, draft: ScorecardVersion, at: string): Promise<void> {
  await trx
    .insertInto('scorecards')
    .values({ id: draft.scorecardId, title: draft.title, status: 'draft', active_version: null, created_at: at, updated_at: at })
    .execute();
  await insertVersion(trx, draft, at);
}

async function insertVersion(trx: Db, draft: ScorecardVersion, at: string): Promise<void> {
  await trx
    .insertInto('scorecard_versions')
    .values({
      scorecard_id: draft.scorecardId,
      version: draft.version,
      content: JSON.stringify(draft),
      status: 'draft',
      published_at: null,
      created_at: at,
    })
    .execute();
}

async function freeId(trx: Db, base: string): Promise<string> {
  // LIKE only narrows the candidates (SQLite's ignores ASCII case, PostgreSQL's does not);
  // the exact check is the Set below, so both databases pick the same id.
  const rows = await trx.selectFrom('scorecards').select('id').where('id', 'like', `${base}%`).execute();
  const taken = new Set(rows.map((r) => r.id));
  return uniqueSlug(base, (id) => taken.has(id));
}

async function touch(trx: Db, scorecardId: string, at: string): Promise<void> {
  await trx.updateTable('scorecards').set({ updated_at: at }).where('id', '=', scorecardId).execute();
}

async function versionOrThrow(trx: Db, scorecardId: string, version: number): Promise<ScorecardVersion> {
  const found = await scorecardVersion(trx, scorecardId, version, { includeDrafts: true });
  if (!found) throw new HttpError(404, `No version ${version} of scorecard ${scorecardId}`);
  return found;
}

async function latestVersion(trx: Db, scorecardId: string): Promise<ScorecardVersion> {
  const row = await trx
    .selectFrom('scorecard_versions')
    .select('version')
    .where('scorecard_id', '=', scorecardId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (!row) throw new HttpError(404, `No scorecard ${scorecardId}`);
  return versionOrThrow(trx, scorecardId, row.version);
}

/** A new scorecard, version 1, as a draft. An explicit id that is taken is a conflict. */
export async function createScorecard(db: Kysely<Database>, input: ScorecardDraftInput, now: Date): Promise<ScorecardVersion> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    let id = input.id;
    if (id) {
      const taken = await trx.selectFrom('scorecards').select('id').where('id', '=', id).executeTakeFirst();
      if (taken) throw new HttpError(409, `id: a scorecard with the id "${id}" exists already`, 'id');
    } else id = await freeId(trx, slugOf(input.title));
    const draft = contentOf(id, 1, input);
    await insertScorecard(trx, draft, at);
    return draft;
  });
}

/** Saves a draft in place; published and archived versions never change. */
export async function updateDraft(
  db: Kysely<Database>,
  scorecardId: string,
  version: number,
  input: ScorecardDraftInput,
  now: Date,
): Promise<ScorecardVersion> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const current = await versionOrThrow(trx, scorecardId, version);
    if (current.status !== 'draft') {
      throw new HttpError(409, `Version ${version} is ${current.status} and never changes: open a new draft to edit it`);
    }
    const draft = contentOf(scorecardId, version, input);
    await trx
      .updateTable('scorecard_versions')
      .set({ content: JSON.stringify(draft) })
      .where('scorecard_id', '=', scorecardId)
      .where('version', '=', version)
      .execute();
    await touch(trx, scorecardId, at);
    return draft;
  });
}

/** The open draft if there is one, else a new draft copied from the newest version. */
export async function openDraft(
  db: Kysely<Database>,
  scorecardId: string,
  now: Date,
): Promise<{ created: boolean; draft: ScorecardVersion }> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const card = await trx.selectFrom('scorecards').select('status').where('id', '=', scorecardId).executeTakeFirst();
    if (!card) throw new HttpError(404, `No scorecard ${scorecardId}`);
    if (card.status === 'archived') throw new HttpError(409, `Scorecard ${scorecardId} is archived: duplicate it to edit it`);
    const latest = await latestVersion(trx, scorecardId);
    if (latest.status === 'draft') return { created: false, draft: latest };
    const draft = ScorecardVersion.parse({ ...latest, version: latest.version + 1, status: 'draft', publishedAt: null });
    await insertVersion(trx, draft, at);
    await touch(trx, scorecardId, at);
    return { created: true, draft };
  });
}

/**
 * Makes a draft the active version. The version it replaces is archived but kept, with its
 * publishing time, so evaluations scored on it are still shown and re-scored with it.
 * Publishing the version that is already active answers it unchanged.
 */
export async function publishVersion(
  db: Kysely<Database>,
  scorecardId: string,
  version: number,
  now: Date,
): Promise<ScorecardVersion> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const current = await versionOrThrow(trx, scorecardId, version);
    const card = await trx.selectFrom('scorecards').selectAll().where('id', '=', scorecardId).executeTakeFirstOrThrow();
    if (current.status === 'published' && card.active_version === version) return current;
    if (current.status !== 'draft') {
      throw new HttpError(409, `Version ${version} is ${current.status}: only a draft can be published`);
    }
    const problems = validateForPublishing(current);
    if (current.rushHourScorecardId && current.rushHourScorecardId !== scorecardId) {
      const companion = await trx
        .selectFrom('scorecards')
        .select('status')
        .where('id', '=', current.rushHourScorecardId)
        .executeTakeFirst();
      // The panel finds the companion among the published forms it caches.
      if (companion?.status !== 'published') {
        problems.push({
          path: 'rushHourScorecardId',
          message: `The rush-hour form "${current.rushHourScorecardId}" is not published: publish it first or choose another.`,
        });
      }
    }
    if (problems.length > 0) throw new PublishProblems(problems);

    await trx
      .updateTable('scorecard_versions')
      .set({ status: 'archived' })
      .where('scorecard_id', '=', scorecardId)
      .where('status', '=', 'published')
      .execute();
    await trx
      .updateTable('scorecard_versions')
      .set({ status: 'published', published_at: at })
      .where('scorecard_id', '=', scorecardId)
      .where('version', '=', version)
      .execute();
    await trx
      .updateTable('scorecards')
      .set({ status: 'published', active_version: version, title: current.title, updated_at: at })
      .where('id', '=', scorecardId)
      .execute();
    return { ...current, status: 'published', publishedAt: at };
  });
}

/**
 * Takes a scorecard out of use: it leaves the list evaluators get, and none of its versions
 * can be edited or published. Versions stay, so evaluations scored on them keep their form.
 */
export async function archiveScorecard(db: Kysely<Database>, scorecardId: string, now: Date): Promise<ScorecardSummary> {
  const at = now.toISOString();
  await inTransaction(db, async (trx) => {
    const card = await trx.selectFrom('scorecards').select('status').where('id', '=', scorecardId).executeTakeFirst();
    if (!card) throw new HttpError(404, `No scorecard ${scorecardId}`);
    if (card.status === 'archived') return;
    await trx.updateTable('scorecard_versions').set({ status: 'archived' }).where('scorecard_id', '=', scorecardId).execute();
    await trx.updateTable('scorecards').set({ status: 'archived', updated_at: at }).where('id', '=', scorecardId).execute();
  });
  const summary = (await scorecardSummaries(db)).find((s) => s.id === scorecardId);
  if (!summary) throw new Error(`scorecard ${scorecardId} vanished while archiving`);
  return summary;
}

/** A new scorecard, draft version 1, copied from the newest version of another. */
export async function duplicateScorecard(db: Kysely<Database>, scorecardId: string, now: Date): Promise<ScorecardVersion> {
  const at = now.toISOString();
  return inTransaction(db, async (trx) => {
    const source = await latestVersion(trx, scorecardId);
    const title = `${source.title.slice(0, 193)} (copy)`;
    const id = await freeId(trx, slugOf(`${source.scorecardId}-copy`));
    const draft = ScorecardVersion.parse({ ...source, scorecardId: id, version: 1, title, status: 'draft', publishedAt: null });
    await insertScorecard(trx, draft, at);
    return draft;
  });
}
