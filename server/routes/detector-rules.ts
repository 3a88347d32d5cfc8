import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { DetectorRuleListResponse, type User } from '../../lib/domain';
import { DetectorRule } from '../../lib/detect/rule';
import type { Database } from '../db/schema';
import {
  deleteDetectorRule,
  findDetectorRule,
  insertDetectorRule,
  listDetectorRules,
  upsertDetectorRule,
} from '../detector-rules/store';
import type { AppEnv } from '../http/env';
import { HttpError, readJson } from '../http/errors';

/** Every rule runs on every page change of every enabled tab: keep the set bounded. */
export const MAX_DETECTOR_RULES = 100;

async function ensureRoom(db: Kysely<Database>): Promise<void> {
  if ((await listDetectorRules(db)).length >= MAX_DETECTOR_RULES) {
    throw new HttpError(409, `The organisation has ${MAX_DETECTOR_RULES} detector rules, the most allowed: delete one first`);
  }
}

/** Only QA admins write rules: a rule decides what every extension of the organisation reads from pages. */
function requireAdmin(user: User): void {
  if (user.role !== 'admin') throw new HttpError(403, 'Only QA admins manage detector rules');
}

/** A rule id from the path, as the schema allows it; anything else names no rule. */
function ruleId(c: Context<AppEnv>): string {
  const id = c.req.param('id') ?? '';
  if (!/^[a-z0-9-]{1,40}$/.test(id)) throw new HttpError(404, `No detector rule "${id.slice(0, 40)}"`);
  return id;
}

/**
 * Custom detector rules (issue 5): everyone signed in reads them (every extension runs
 * them); QA admins create, replace and delete them. A body is a DetectorRule, checked by
 * the same zod schema the extension uses, so an unsafe or broken regex never gets stored.
 */
export function detectorRuleRoutes(db: Kysely<Database>, now: () => Date) {
  return new Hono<AppEnv>()
    .get('/detector-rules', async (c) => {
      const body: DetectorRuleListResponse = { rules: await listDetectorRules(db) };
      return c.json(body);
    })
    .post('/detector-rules', async (c) => {
      requireAdmin(c.get('user'));
      const rule = await readJson(c, DetectorRule);
      await ensureRoom(db);
      const stored = await insertDetectorRule(db, rule, c.get('user').id, now());
      if (!stored) throw new HttpError(409, `id: a detector rule "${rule.id}" exists already`, 'id');
      return c.json(stored, 201);
    })
    .put('/detector-rules/:id', async (c) => {
      requireAdmin(c.get('user'));
      const id = ruleId(c);
      const rule = await readJson(c, DetectorRule);
      if (rule.id !== id) throw new HttpError(400, `id: must be "${id}", the id in the address`, 'id');
      if (!(await findDetectorRule(db, id))) await ensureRoom(db);
      const { stored, created } = await upsertDetectorRule(db, rule, c.get('user').id, now());
      return c.json(stored, created ? 201 : 200);
    })
    .delete('/detector-rules/:id', async (c) => {
      requireAdmin(c.get('user'));
      const id = ruleId(c);
      if (!(await deleteDetectorRule(db, id))) throw new HttpError(404, `No detector rule "${id}"`);
      return c.body(null, 204);
    });
}
