import type { Channel, InteractionField, InteractionSnapshot } from '../domain';
import { appliesTo, compileRule, TEXT_FIELDS, type CompiledIdSource, type CompiledRule, type TextField } from './compile';
import { bounded, exists, plainText, readField, retrace } from './read';
import type { DetectorRule } from './rule';
import { MAX_MATCH_INPUT, boundedExec } from './safe-regex';
import { CHANNELS, INTERACTION_FIELDS, isEmail, isOffsetDateTime } from './values';

/*
 * The detector's runtime: what the content script bundles. It imports no zod (the service
 * worker checks every reported snapshot against `InteractionSnapshot` on receipt) and no
 * rules: the built-in and custom rules reach the content script as data (lib/detect/delivery).
 * The rule schema for admins lives in `rule.ts`.
 */
export type { DetectorRule } from './rule';
export { mayChange, traced, type ReadTrace } from './read';

/** How sure a snapshot is about its id, before missing fields lower it. */
const ID_CONFIDENCE = {
  /** The URL names the id and the page content shows the same id. */
  confirmed: 1,
  urlOnly: 0.9,
  pageOnly: 0.8,
  /** The URL names the id but the page shows none or another one yet: its fields cannot be trusted. */
  unconfirmed: 0.3,
} as const;

/**
 * A snapshot at or below this confidence names only the URL's id: the page has not shown that
 * id (yet), so nothing was read from it. A single-page app usually shows it moments later.
 */
export const UNCONFIRMED_CONFIDENCE = ID_CONFIDENCE.unconfirmed;

const MAX_LENGTH: Record<Exclude<TextField, 'startedAt' | 'agentEmail'> | 'externalId', number> = {
  externalId: 200,
  customer: 200,
  agent: 200,
  queue: 200,
  subject: 500,
};

/**
 * Which interaction is open on this page? Tries `rules` in order (put custom rules first to
 * override a built-in one) and returns the first snapshot one of them can read, or null.
 * Pure: reads only the URL, element text and attributes; `now` stamps `detectedAt`.
 *
 * A rule whose id comes from the URL and is confirmed by the page (`externalId.confirm`)
 * reads nothing from the page until the page shows that id: a single-page app that has
 * changed the URL but not yet re-rendered (it shows another id, or none while loading)
 * would otherwise report the old page's customer under the new id. Meanwhile only the
 * URL's id is reported, with low confidence and every field it would have read listed as
 * missing, so the panel moves to the new interaction at once and fills it in when it shows.
 */
export function detect(
  url: URL,
  doc: Document,
  rules: readonly DetectorRule[],
  now: Date = new Date(),
): InteractionSnapshot | null {
  for (const rule of rules) {
    const compiled = compileRule(rule);
    if (!compiled || !appliesTo(compiled, url)) continue;
    retrace();
    if (!compiled.requires.every((selector) => exists(doc, selector))) continue;
    const snapshot = read(compiled, url, doc, now);
    if (snapshot) return snapshot;
  }
  return null;
}

/** The selectors a MutationObserver should watch on this URL, from every rule that applies. */
export function watchSelectorsFor(url: URL, rules: readonly DetectorRule[]): string[] {
  const selectors = new Set<string>();
  for (const rule of rules) {
    const compiled = compileRule(rule);
    if (compiled && appliesTo(compiled, url)) compiled.rule.watch.forEach((s) => selectors.add(s));
  }
  return [...selectors];
}

/** Whether two detections describe the same thing; `detectedAt` is ignored, so only real changes count. */
export function sameInteraction(a: InteractionSnapshot | null, b: InteractionSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = [
    'platform', 'externalId', 'channel', 'customer', 'agent', 'agentEmail',
    'queue', 'subject', 'startedAt', 'url', 'confidence',
  ] as const;
  return (
    keys.every((key) => a[key] === b[key]) &&
    a.missing.length === b.missing.length &&
    a.missing.every((field) => b.missing.includes(field))
  );
}

function read(compiled: CompiledRule, url: URL, doc: Document, now: Date): InteractionSnapshot | null {
  const id = readId(compiled, url, doc);
  if (!id) return null;

  const missing = new Set<InteractionField>();
  let declared = 0;
  let found = 0;
  const note = (field: TextField | 'channel', value: unknown) => {
    declared += 1;
    if (value !== undefined) found += 1;
    else if (field !== 'agentEmail') missing.add(field);
  };

  // Unconfirmed: the page may still show the previous interaction, so none of it is read.
  const trusted = id.confirmation !== 'unconfirmed';
  const channel = readChannel(compiled, url, doc, trusted);
  if (typeof compiled.channel !== 'string') note('channel', channel);

  const values: Partial<Record<TextField, string>> = {};
  for (const name of TEXT_FIELDS) {
    const source = compiled.fields[name];
    if (!source) continue;
    const raw = trusted ? readField(doc, source) : undefined;
    const value = raw === undefined ? undefined : valid(name, raw);
    if (value !== undefined) values[name] = value;
    note(name, value);
  }

  const href = url.href.length <= 2000 ? url.href : `${url.origin}${url.pathname}`;
  const share = declared === 0 ? 1 : found / declared;
  // Built from checked parts: every value is bounded plain text, an e-mail or a date-time.
  return {
    platform: compiled.rule.id,
    externalId: id.value,
    channel: channel ?? 'unknown',
    ...values,
    url: href,
    confidence: Math.round(ID_CONFIDENCE[id.confirmation] * (0.5 + 0.5 * share) * 100) / 100,
    missing: INTERACTION_FIELDS.filter((field) => missing.has(field)),
    detectedAt: now.toISOString(),
  };
}

type IdRead = { value: string; confirmation: keyof typeof ID_CONFIDENCE };

/** The first id source that reads an id. */
function readId(compiled: CompiledRule, url: URL, doc: Document): IdRead | null {
  for (const source of compiled.externalId) {
    const id = readIdFrom(source, url, doc);
    if (id) return id;
  }
  return null;
}

function readIdFrom(source: CompiledIdSource, url: URL, doc: Document): IdRead | null {
  if (source.from === 'selector') {
    const value = idValue(readField(doc, source.field));
    return value ? { value, confirmation: 'pageOnly' } : null;
  }
  const value = idValue(decode(boundedExec(source.pattern, urlText(url))?.[1]));
  if (!value) return null;
  if (!source.confirm) return { value, confirmation: 'urlOnly' };
  const shown = idValue(readField(doc, source.confirm));
  return { value, confirmation: shown === value ? 'confirmed' : 'unconfirmed' };
}

/** What URL patterns of ids and channels are matched against: path, search and hash. */
function urlText(url: URL): string {
  return `${url.pathname}${url.search}${url.hash}`.slice(0, MAX_MATCH_INPUT);
}

function readChannel(compiled: CompiledRule, url: URL, doc: Document, trusted: boolean): Channel | undefined {
  const source = compiled.channel;
  if (typeof source === 'string') return source;
  let text: string | undefined;
  if ('from' in source) text = decode(boundedExec(source.pattern, urlText(url))?.[1]);
  else if (trusted) text = readField(doc, source);
  if (text === undefined) return undefined;
  const key = text.toLowerCase();
  const mapped = source.map.get(key) ?? CHANNELS.find((name) => name === key);
  return mapped === 'unknown' ? undefined : mapped;
}

/** A read value as the snapshot accepts it, or undefined when it is not one (then it is missing). */
function valid(name: TextField, raw: string): string | undefined {
  if (name === 'agentEmail') return raw.length <= 200 && isEmail(raw) ? raw : undefined;
  if (name === 'startedAt') return isOffsetDateTime(raw) ? raw : undefined;
  return bounded(raw, MAX_LENGTH[name]);
}

/** An id is an identity: one too long to keep whole is not read at all rather than cut. */
function idValue(raw: string | undefined): string | undefined {
  return raw !== undefined && raw.length <= MAX_LENGTH.externalId && raw.trim() !== '' ? raw.trim() : undefined;
}

function decode(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    return plainText(decodeURIComponent(raw));
  } catch {
    return plainText(raw);
  }
}
