import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError } from '../../lib/domain';
import { nulPath } from './nul';

/** A refusal the caller should see as `{ error, field? }` with this status. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }

  body(): ApiError {
    return this.field === undefined ? { error: this.message } : { error: this.message, field: this.field };
  }
}

/** Names the first offending field, as the extension shows it beside the input. */
export function fromZodError(error: z.ZodError, prefix?: string): HttpError {
  const issue = error.issues[0];
  const path = [...(prefix ? [prefix] : []), ...(issue?.path ?? []).map(String)].join('.');
  const message = issue?.message ?? 'invalid value';
  return path ? new HttpError(400, `${path}: ${message}`, path) : new HttpError(400, `body: ${message}`);
}

/** Reads and validates a JSON body; malformed JSON and schema misfits are both 400s. */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpError(400, 'body: not valid JSON');
  }
  const nulAt = nulPath(raw);
  if (nulAt !== undefined) {
    throw new HttpError(400, `${nulAt || 'body'}: must not contain NUL characters (U+0000)`, nulAt || undefined);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}
