import { Hono } from 'hono';
import type { z } from 'zod';
import type { HealthResponse } from '../../lib/domain';

/** Public: lets the extension's settings page and the e2e runner see that the server is up. */
export function healthRoutes(version: string) {
  const body: z.infer<typeof HealthResponse> = { status: 'ok', version };
  return new Hono().get('/health', (c) => c.json(body));
}
