import { Channel, InteractionSnapshot } from '../domain';
import type { TabsPort } from './active-interaction';

/**
 * Widget mode: the panel embedded in an agent desktop (Genesys Cloud interaction widget,
 * Puzzel widget) takes the interaction from its own URL, e.g.
 * `sidepanel.html?platform=genesys-cloud&interaction={{gcConversationId}}&channel=call`.
 * Parameters are untrusted text: bounded and validated like anything read from a page.
 */
export function widgetSnapshot(params: URLSearchParams, referrer = '', now = new Date()): InteractionSnapshot | null {
  const externalId = params.get('interaction')?.trim();
  if (!externalId || /^\{\{.*\}\}$/.test(externalId)) return null; // an unfilled template variable
  const channel = Channel.safeParse(params.get('channel') ?? 'unknown');
  const text = (name: string) => params.get(name)?.trim().slice(0, 200) || undefined;
  const link = params.get('link') ?? referrer;
  const candidate = {
    platform: (params.get('platform') ?? 'widget').toLowerCase().replace(/[^a-z0-9-]/g, '').slice(0, 40) || 'widget',
    externalId: externalId.slice(0, 200),
    channel: channel.success ? channel.data : 'unknown',
    customer: text('customer'),
    agent: text('agent'),
    agentEmail: text('agentEmail'),
    queue: text('queue'),
    subject: text('subject'),
    url: /^https?:\/\//.test(link) ? link : `urn:laatu:widget:${encodeURIComponent(externalId)}`,
    confidence: 1,
    missing: (['customer', 'agent', 'queue', 'subject'] as const).filter((f) => !params.get(f)),
    detectedAt: now.toISOString(),
  };
  const parsed = InteractionSnapshot.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** The widget's "tab": one fixed interaction from the URL, nothing to follow. */
export function widgetTabs(snapshot: InteractionSnapshot): TabsPort {
  const entry = { tabId: -1, snapshot, pageUrl: snapshot.url, reportedAt: snapshot.detectedAt };
  return {
    activeTab: () => Promise.resolve({ id: -1, url: snapshot.url }),
    readInteraction: () => Promise.resolve(entry),
    isSiteEnabled: () => Promise.resolve(true),
    onChange: () => () => undefined,
  };
}
