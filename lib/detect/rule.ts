import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import { Channel } from '../domain';
import { checkPattern } from './safe-regex';

/**
 * A detector rule says, as data, how to read the open interaction from one host platform:
 * which pages it applies to, where the interaction id is, and which elements hold the
 * other fields. Built-in adapters (`adapters/*.ts`) and admin-defined custom rules (JSON
 * stored on the server) share this schema; the interpreter in `index.ts` never runs code
 * from a rule, only CSS selectors and guarded regular expressions.
 *
 * This module holds the zod schema, for validating rules an admin wrote; the detector's
 * runtime (`index.ts`, `compile.ts`, `read.ts`) imports only its types, so the content
 * script does not bundle zod.
 */

/**
 * A regular expression source, refused when it does not compile or may backtrack badly.
 * `groups` bounds its capturing groups: the id pattern needs exactly one.
 */
const pattern = (groups: { min: number; max: number }) =>
  z
    .string()
    .superRefine((source, ctx) => {
      const check = checkPattern(source);
      if (!check.ok) {
        ctx.addIssue({ code: 'custom', message: `Regular expression ${check.reason}` });
      } else if (check.groups < groups.min || check.groups > groups.max) {
        const wanted = groups.min === groups.max ? `exactly ${groups.min}` : `at most ${groups.max}`;
        ctx.addIssue({
          code: 'custom',
          message: `Regular expression must have ${wanted} capturing group(s) "( )", found ${check.groups}`,
        });
      }
    });

/** A CSS selector; whether it parses is only known in a browser, where a bad one reads nothing. */
const Selector = lazySchema(() =>
  z
    .string()
    .trim()
    .min(1, 'Selector is empty')
    .max(300, 'Selector is longer than 300 characters')
    .regex(/^[^\p{Cc}]*$/u, 'Selector contains control characters'));

const AttributeName = lazySchema(() =>
  z
    .string()
    .regex(/^[A-Za-z_:][-A-Za-z0-9_:.]{0,99}$/, 'Attribute must be an HTML attribute name, e.g. "datetime"'));

/**
 * Host patterns, lower case: `*` (any host), `example.com`, `*.zendesk.com` (the domain and
 * its subdomains, like browser match patterns), optionally with a port: `127.0.0.1:8787`,
 * `localhost:*`. Without a port any port matches.
 */
export const HostPattern = lazySchema(() =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*)(:(\d{1,5}|\*))?$/,
      'Host must look like "*", "example.com", "*.example.com" or "127.0.0.1:8787"',
    ));

/** Where to read one field: an element, optionally one of its attributes, optionally a part of its text. */
export const FieldSource = lazySchema(() => z.strictObject({
  /** The first element matching this selector is read. */
  selector: Selector,
  /** Read this attribute instead of the element's text. */
  attribute: AttributeName.optional(),
  /** Keep only the first capturing group, or the whole match when the pattern has no group. */
  pattern: pattern({ min: 0, max: 1 }).optional(),
}));
export type FieldSource = z.infer<typeof FieldSource>;

/** Where the interaction id is: in the URL, or on the page. */
export const ExternalIdSource = lazySchema(() => z.discriminatedUnion('from', [
  z.strictObject({
    from: z.literal('url'),
    /** Matched against path + search + hash, e.g. `^/agent/tickets/(\d+)`; group 1 is the id. */
    pattern: pattern({ min: 1, max: 1 }),
    /**
     * Where the page shows the same id. When given, a page whose content shows another id
     * (a single-page app that changed the URL but has not rendered yet) yields no snapshot.
     */
    confirm: FieldSource.optional(),
  }),
  z.strictObject({
    from: z.literal('selector'),
    selector: Selector,
    attribute: AttributeName.optional(),
    pattern: pattern({ min: 0, max: 1 }).optional(),
  }),
]));
export type ExternalIdSource = z.infer<typeof ExternalIdSource>;

/** Text (case-insensitive) → channel, e.g. {"Voice": "call"}; a channel name maps to itself. */
const ChannelMap = lazySchema(() =>
  z
    .record(z.string().trim().min(1).max(100), Channel)
    .refine((map) => Object.keys(map).length <= 50, 'Channel map has more than 50 entries'));

/** A fixed channel for single-channel platforms, or read from the page and mapped. */
export const ChannelSource = lazySchema(() => z.union([
  Channel,
  FieldSource.extend({ map: ChannelMap.optional() }),
  /** From the URL: group 1 of `pattern` (on path + search + hash), mapped, e.g. Salesforce's record type. */
  z.strictObject({ from: z.literal('url'), pattern: pattern({ min: 1, max: 1 }), map: ChannelMap.optional() }),
], {
  error: `Channel must be one of ${Channel.options.join(', ')}, {selector, attribute?, pattern?, map?} or {from: "url", pattern, map?}`,
}));
export type ChannelSource = z.infer<typeof ChannelSource>;

export const DetectorRule = lazySchema(() => z.strictObject({
  /** Becomes the snapshot's `platform`, e.g. "zendesk". */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'Id must be 1-40 lower-case letters, digits or "-"'),
  /** What an admin sees, e.g. "Zendesk Support". */
  name: z.string().trim().min(1).max(100),
  hosts: z.array(HostPattern).min(1, 'List at least one host').max(50),
  /** Matched against the URL's path, e.g. `^/agent/tickets/`. */
  pathPattern: pattern({ min: 0, max: 10 }),
  /** Selectors that must all match for the rule to apply: how a page declares what it is. */
  requires: z.array(Selector).max(10).default([]),
  externalId: ExternalIdSource,
  /**
   * More id sources, tried in order when `externalId` reads none: e.g. Genesys Cloud names
   * the interaction in the URL of its analytics view, but shows a live call only in the page.
   */
  fallbackIds: z.array(ExternalIdSource).max(4).optional(),
  channel: ChannelSource,
  customer: FieldSource.optional(),
  agent: FieldSource.optional(),
  agentEmail: FieldSource.optional(),
  queue: FieldSource.optional(),
  subject: FieldSource.optional(),
  /** Should read an ISO 8601 date-time with offset, e.g. a `<time datetime>` attribute. */
  startedAt: FieldSource.optional(),
  /** The parts of the page a MutationObserver must watch to see the interaction change. */
  watch: z.array(Selector).max(20).default([]),
}));
export type DetectorRule = z.infer<typeof DetectorRule>;
/** A rule as written in JSON, before defaults are filled in. */
export type DetectorRuleInput = z.input<typeof DetectorRule>;

/** Validates a rule from JSON; the error lists every problem with its path, for the admin. */
export function parseDetectorRule(
  json: unknown,
): { ok: true; rule: DetectorRule } | { ok: false; error: string } {
  const result = DetectorRule.safeParse(json);
  return result.success ? { ok: true, rule: result.data } : { ok: false, error: z.prettifyError(result.error) };
}
