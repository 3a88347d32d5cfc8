import type { Channel } from '../domain';
import type { DetectorRule, ExternalIdSource, FieldSource } from './rule';
import { boundedExec, checkPattern } from './safe-regex';

/** A field source with its pattern compiled. */
export interface CompiledField {
  selector: string;
  attribute?: string;
  pattern?: RegExp;
}

/** The text fields a rule may read, beside the id and channel. */
export const TEXT_FIELDS = ['customer', 'agent', 'agentEmail', 'queue', 'subject', 'startedAt'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type CompiledIdSource = { from: 'url'; pattern: RegExp; confirm?: CompiledField } | { from: 'selector'; field: CompiledField };

export type CompiledChannel =
  | Channel
  | (CompiledField & { map: Map<string, Channel> })
  | { from: 'url'; pattern: RegExp; map: Map<string, Channel> };

export interface CompiledRule {
  rule: DetectorRule;
  hosts: ((url: URL) => boolean)[];
  path: RegExp;
  requires: string[];
  externalId: CompiledIdSource[];
  channel: CompiledChannel;
  fields: Partial<Record<TextField, CompiledField>>;
}

const cache = new WeakMap<DetectorRule, CompiledRule | null>();

/**
 * Compiles a rule once (cached per rule object). Rules reach the detector already checked
 * against the `DetectorRule` schema (`rule.ts`: built-in ones by their tests, custom ones
 * where they are stored and received); this runtime does not bundle zod, so it re-checks
 * only what would otherwise throw or run unguarded: every regular expression goes through
 * `checkPattern`, and a rule of the wrong shape (e.g. `pathPattern: '('`) compiles to null
 * and is ignored.
 */
export function compileRule(rule: DetectorRule): CompiledRule | null {
  if (cache.has(rule)) return cache.get(rule) ?? null;
  let compiled: CompiledRule | null;
  try {
    compiled = build(rule);
  } catch {
    compiled = null;
  }
  cache.set(rule, compiled);
  return compiled;
}

/** Whether the rule's hosts and path pattern match `url` (the page content is not looked at). */
export function appliesTo(compiled: CompiledRule, url: URL): boolean {
  return compiled.hosts.some((matches) => matches(url)) && boundedExec(compiled.path, url.pathname) !== null;
}

const RULE_ID = /^[a-z0-9-]{1,40}$/;

function build(rule: DetectorRule): CompiledRule {
  if (!RULE_ID.test(rule.id) || rule.hosts.length === 0) throw new Error('not a rule');
  const fields: Partial<Record<TextField, CompiledField>> = {};
  for (const name of TEXT_FIELDS) {
    const source = rule[name];
    if (source) fields[name] = field(source);
  }
  const ids = [rule.externalId, ...(rule.fallbackIds ?? [])];
  return {
    rule,
    hosts: rule.hosts.map(hostMatcher),
    path: regex(rule.pathPattern),
    requires: strings(rule.requires),
    externalId: ids.map(idSource),
    channel: channel(rule.channel),
    fields,
  };
}

function idSource(id: ExternalIdSource): CompiledIdSource {
  if (id.from === 'url') {
    return { from: 'url', pattern: regex(id.pattern), ...(id.confirm ? { confirm: field(id.confirm) } : {}) };
  }
  if (id.from === 'selector') return { from: 'selector', field: field(id) };
  throw new Error('unknown id source');
}

function channel(source: DetectorRule['channel']): CompiledChannel {
  if (typeof source === 'string') return source;
  const map = new Map(Object.entries(source.map ?? {}).map(([text, to]) => [text.toLowerCase(), to]));
  if ('from' in source) return { from: 'url', pattern: regex(source.pattern), map };
  return { ...field(source), map };
}

function field(source: FieldSource): CompiledField {
  if (typeof source.selector !== 'string' || source.selector.trim() === '') throw new Error('no selector');
  return {
    selector: source.selector,
    ...(source.attribute ? { attribute: source.attribute } : {}),
    ...(source.pattern ? { pattern: regex(source.pattern) } : {}),
  };
}

function strings(list: readonly string[] | undefined): string[] {
  return (list ?? []).filter((item) => typeof item === 'string' && item.trim() !== '');
}

function regex(source: string): RegExp {
  const check = checkPattern(source);
  if (!check.ok) throw new Error(`pattern ${check.reason}`);
  return check.regex;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** `*`, `example.com`, `*.example.com` (domain and subdomains), each with an optional `:port` or `:*`. */
function hostMatcher(pattern: string): (url: URL) => boolean {
  const [host = '', port] = pattern.toLowerCase().split(':');
  const matchesHost =
    host === '*'
      ? () => true
      : host.startsWith('*.')
        ? (hostname: string) => hostname === host.slice(2) || hostname.endsWith(host.slice(1))
        : (hostname: string) => hostname === host;
  return (url) => {
    if (!matchesHost(url.hostname)) return false;
    if (port === undefined || port === '*') return true;
    return (url.port || DEFAULT_PORTS[url.protocol]) === port;
  };
}
