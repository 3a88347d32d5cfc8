import { z } from 'zod';
import { lazySchema } from './lazy-schema';

/** The channel an encounter happened on. */
export const Channel = lazySchema(() => z.enum(['call', 'chat', 'email', 'ticket', 'social', 'unknown']));
export type Channel = z.infer<typeof Channel>;

/** Fields a detector may read from a host page; used to name what it could not read. */
export const InteractionField = lazySchema(() => z.enum([
  'externalId',
  'channel',
  'customer',
  'agent',
  'queue',
  'subject',
  'startedAt',
]));
export type InteractionField = z.infer<typeof InteractionField>;

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * What a detector saw of the interaction open on a host page.
 * Everything here came from an untrusted page: bounded, plain text, rendered as text.
 */
export const InteractionSnapshot = lazySchema(() => z.object({
  /** Adapter that read it, e.g. "demo-desk", "zendesk". */
  platform: z.string().regex(/^[a-z0-9-]{1,40}$/),
  /** The interaction's id in the host software. */
  externalId: text(200),
  channel: Channel,
  customer: text(200).optional(),
  agent: text(200).optional(),
  /** The agent's e-mail where the page shows it; links the evaluation to a Laatu user. */
  agentEmail: z.email().max(200).optional(),
  queue: text(200).optional(),
  subject: text(500).optional(),
  startedAt: z.iso.datetime({ offset: true }).optional(),
  /** A link back to the interaction in the host software. */
  url: z.url().max(2000),
  /** 0..1: how sure the adapter is that this is the open interaction. */
  confidence: z.number().min(0).max(1),
  /** Fields the adapter looked for and could not read, instead of guessing. */
  missing: z.array(InteractionField).max(InteractionField.options.length),
  detectedAt: z.iso.datetime({ offset: true }),
}));
export type InteractionSnapshot = z.infer<typeof InteractionSnapshot>;

/** The part of a snapshot an evaluation keeps: which encounter was scored. */
export const InteractionRef = lazySchema(() => InteractionSnapshot.pick({
  platform: true,
  externalId: true,
  channel: true,
  customer: true,
  agent: true,
  agentEmail: true,
  queue: true,
  subject: true,
  startedAt: true,
  url: true,
}));
export type InteractionRef = z.infer<typeof InteractionRef>;

export function toInteractionRef(snapshot: InteractionSnapshot): InteractionRef {
  return InteractionRef.parse(snapshot);
}

export { interactionKey } from './interaction-key';
