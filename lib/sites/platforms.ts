import type { DetectorRule } from '../detect';

function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern === '*') return false; // any-host rules are recognised by their path below
  if (pattern.startsWith('*.')) return hostname.endsWith(pattern.slice(1));
  return hostname === pattern.split(':')[0];
}

/**
 * The built-in platform a page belongs to, by its host (SaaS) or its path (self-hosted
 * tools), so the panel can offer "Enable Laatu on Zendesk Support" by name.
 */
export function platformFor(pageUrl: string, rules: readonly DetectorRule[]): string | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  for (const rule of rules) {
    if (rule.hosts.some((h) => hostMatches(h, url.hostname))) return rule.name;
  }
  for (const rule of rules) {
    if (!rule.hosts.includes('*') || !rule.pathPattern) continue;
    try {
      if (new RegExp(rule.pathPattern).test(url.pathname.slice(0, 500))) return rule.name;
    } catch {
      // A pattern that does not compile names no platform.
    }
  }
  return null;
}
