import type { DetectorRule } from '../rule';

/**
 * Laatu Demo Desk: the agent desktop the Laatu server serves at `/demo`
 * (source: `server/demo-desk/`, saved pages: `tests/fixtures/demo-desk/`).
 *
 * Markup contract (the desk renders it, this rule reads it; change both together):
 * - `<meta name="application-name" content="Laatu Demo Desk">` in `<head>`: the page is the desk.
 * - URL `/demo/interactions/<ID>` names the open interaction; `/demo` alone has none open.
 *   Ids: tickets `T-1001`, chats `C-2001`, calls `P-3001`, e-mails `E-4001`.
 * - `<article data-interaction-id="<ID>" data-channel="ticket|chat|call|email">` inside
 *   `<main>` is the open interaction; exactly one such element, none in the queue.
 *   The desk navigates with `history.pushState` and renders a moment later, so this id is
 *   compared with the URL's and a mismatch means "still showing the previous one" (only the
 *   URL's id is reported until it shows the new one).
 * - Inside it, plain-text elements `[data-field="subject|customer|agent|agent-email|queue"]`
 *   and `<time data-field="started-at" datetime="<ISO 8601 with offset>">`.
 */
export const demoDesk: DetectorRule = {
  id: 'demo-desk',
  name: 'Laatu Demo Desk',
  hosts: ['*'],
  pathPattern: '^/demo(?:/|$)',
  requires: ['meta[name="application-name"][content="Laatu Demo Desk"]'],
  externalId: {
    from: 'url',
    pattern: '^/demo/interactions/([A-Z]-\\d{1,8})(?:[/?#]|$)',
    confirm: { selector: 'main [data-interaction-id]', attribute: 'data-interaction-id' },
  },
  channel: { selector: 'main [data-interaction-id]', attribute: 'data-channel' },
  customer: { selector: 'main [data-interaction-id] [data-field="customer"]' },
  agent: { selector: 'main [data-interaction-id] [data-field="agent"]' },
  agentEmail: { selector: 'main [data-interaction-id] [data-field="agent-email"]' },
  queue: { selector: 'main [data-interaction-id] [data-field="queue"]' },
  subject: { selector: 'main [data-interaction-id] [data-field="subject"]' },
  startedAt: { selector: 'main [data-interaction-id] [data-field="started-at"]', attribute: 'datetime' },
  // What is read is in the article's header (its ancestors, the article among them, are
  // watched for being replaced); the transcript beside it, a chat receiving lines, is not.
  watch: ['main [data-interaction-id] > header'],
};
