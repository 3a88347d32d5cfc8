import type { Channel } from '../domain';
import { DetectorRule, type FieldSource } from './rule';
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

export interface CompiledRule {
  rule: DetectorRule;
  hosts: ((url: URL) => boolean)[];
  path: RegExp;
  requires: string[];
  externalId:
    | { from: 'url'; pattern: RegExp; confirm?: CompiledField }
    | { from: 'selector'; field: CompiledField };
  channel: Channel | (CompiledField & { map: Map<string, Channel> });
  fields: Partial<Record<TextField, CompiledField>>;
}

const cache = new WeakMap<DetectorRule, CompiledRule | null>();

/**
 * Compiles a rule once (cached per rule object). A rule that does not pass the schema, for
 * example a custom rule built without `DetectorRule.parse`, compiles to null and is ignored.
 */
export function compileRule(rule: DetectorRule): CompiledRule | null {
  if (cache.has(rule)) return cache.get(rule) ?? null;
  let compiled: CompiledRule | null;
  try {
    compiled = build(DetectorRule.parse(rule));
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

function build(rule: DetectorRule): CompiledRule {
  const fields: Partial<Record<TextField, CompiledField>> = {};
  for (const name of TEXT_FIELDS) {
    const source = rule[name];
    if (source) fields[name] = field(source);
  }
  const id = rule.externalId;
  return {
    rule,
    hosts: rule.hosts.map(hostMatcher),
    path: regex(rule.pathPattern),
    requires: rule.requires,
    externalId:
      id.from === 'url'
        ? { from: 'url', pattern: regex(id.pattern), ...(id.confirm ? { confirm: field(id.confirm) } : {}) }
        : { from: 'selector', field: field(id) },
    channel:
      typeof rule.channel === 'string'
        ? rule.channel
        : {
            ...field(rule.channel),
            map: new Map(Object.entries(rule.channel.map ?? {}).map(([text, channel]) => [text.toLowerCase(), channel])),
          },
    fields,
  };
}

function field(source: FieldSource): CompiledField {
  return {
    selector: source.selector,
    ...(source.attribute ? { attribute: source.attribute } : {}),
    ...(source.pattern ? { pattern: regex(source.pattern) } : {}),
  };
}

function regex(source: string): RegExp {
  const check = checkPattern(source);
  if (!check.ok) throw new Error(`pattern ${check.reason}`);
  return check.regex;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** `*`, `example.com`, `*.example.com` (domain and subdomains), each with an optional `:port` or `:*`. */
function hostMatcher(pattern: string): (url: URL) => boolean {
  const [host = '', port] = pattern.split(':');
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
