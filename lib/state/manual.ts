import { InteractionSnapshot } from '../domain';

/**
 * An interaction the user typed or pasted when nothing was detected, so an evaluation is
 * never blocked: a URL keeps its link, a bare id is kept as it is.
 */
export function manualSnapshot(text: string, pageUrl: string | null, now = new Date()): InteractionSnapshot | null {
  const input = text.trim();
  if (!input || input.length > 2000) return null;
  let externalId = input;
  let url = pageUrl && /^https?:/.test(pageUrl) ? pageUrl : `urn:laatu:manual:${encodeURIComponent(input)}`;
  if (/^https?:\/\//i.test(input)) {
    try {
      const parsed = new URL(input);
      url = parsed.href;
      const idParam = parsed.searchParams.get('id');
      const lastSegment = parsed.pathname.split('/').filter(Boolean).pop();
      const hashId = parsed.hash.match(/(\d{2,})/)?.[1];
      externalId = idParam ?? hashId ?? lastSegment ?? parsed.host;
    } catch {
      return null;
    }
  }
  const result = InteractionSnapshot.safeParse({
    platform: 'manual',
    externalId: externalId.slice(0, 200),
    channel: 'unknown',
    url,
    confidence: 1,
    missing: ['channel', 'customer', 'agent', 'queue', 'subject', 'startedAt'],
    detectedAt: now.toISOString(),
  });
  return result.success ? result.data : null;
}
