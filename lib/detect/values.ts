import type { Channel, InteractionField } from '../domain';

/*
 * The snapshot's value rules without zod, for the content script's bundle. They must accept
 * no more than lib/domain's InteractionSnapshot schema does (the service worker re-checks
 * every snapshot with it and drops one that fails); tests/detect/values.test.ts holds them
 * to the schema.
 */

/** Channel names, as in lib/domain's `Channel`. */
export const CHANNELS: readonly Channel[] = ['call', 'chat', 'email', 'ticket', 'social', 'unknown'];

/** Fields a detector may miss, in lib/domain's `InteractionField` order. */
export const INTERACTION_FIELDS: readonly InteractionField[] = [
  'externalId', 'channel', 'customer', 'agent', 'queue', 'subject', 'startedAt',
];

// The same shape zod's `z.email()` accepts.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

// RFC 3339 with seconds and a zone, as `z.iso.datetime({ offset: true })` accepts.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export function isOffsetDateTime(text: string): boolean {
  const parts = DATE_TIME.exec(text);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  // The calendar day must exist: 2026-02-30 rolls over in Date.UTC and is refused.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
