import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { OrganisationSettings } from '../../lib/domain';
import type { Database } from '../db/schema';
import { readSettings, writeSettings } from '../evaluations/settings';
import type { AppEnv } from '../http/env';
import { HttpError, readJson } from '../http/errors';

/** Everyone reads the organisation's settings (the panel shows quotas and the correction window); admins set them. */
export function settingsRoutes(db: Kysely<Database>, now: () => Date) {
  return new Hono<AppEnv>()
    .get('/settings', async (c) => c.json(await readSettings(db)))
    .put('/settings', async (c) => {
      const user = c.get('user');
      if (user.role !== 'admin') throw new HttpError(403, 'Only an admin may change the settings');
      const settings = await readJson(c, OrganisationSettings);
      return c.json(await writeSettings(db, settings, user.id, now()));
    });
}
