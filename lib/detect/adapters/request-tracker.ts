import type { DetectorRule } from '../rule';

/**
 * Request Tracker 5 (Best Practical), self-hosted on any host, under the site's `$WebPath`
 * (`/Ticket/Display.html` or e.g. `/rt/Ticket/Display.html`). Markup read from RT 5.0.3's
 * ticket display page as Debian's request-tracker5 serves it (saved page:
 * `tests/fixtures/request-tracker/ticket.html`; e2e: `tests/e2e/request-tracker.e2e.test.ts`).
 *
 * - `<body id="comp-Ticket-Display">`: RT names the body after the Mason component shown.
 * - `?id=<N>` is the ticket number; "The Basics" box shows it again in `.id .value`.
 * - `#header h1` reads `#<N>: <subject>`.
 * - "People" box: `.owner` and `.requestors` rows, each person a `<span class="user">`;
 *   a real owner links to `/User/Summary.html`, "Nobody in particular" (unowned) does not.
 *   A requestor without a real name shows as `<customer@example.com>`.
 * - "Dates" box: `.created .value` in the user's date format; only RT's W3CDTF format
 *   (Preferences → Date format) is ISO 8601 with an offset, any other is reported missing.
 */
export const requestTracker: DetectorRule = {
  id: 'request-tracker',
  name: 'Request Tracker',
  hosts: ['*'],
  pathPattern: '/Ticket/Display\\.html$',
  requires: ['body#comp-Ticket-Display', '.ticket-info-basics'],
  externalId: {
    from: 'url',
    pattern: '/Ticket/Display\\.html\\?(?:[^#]*&)?id=(\\d{1,10})(?:[&#]|$)',
    confirm: { selector: '.ticket-info-basics .id .value' },
  },
  channel: 'ticket',
  customer: { selector: '.ticket-info-people .requestors .value .user', pattern: '^<([^<>]+)>$|^.+$' },
  agent: { selector: '.ticket-info-people .owner .value .user a[href*="User/Summary.html"]' },
  queue: { selector: '.ticket-info-basics .queue .value' },
  subject: { selector: '#header h1', pattern: '^#\\d{1,10}: (.+)$' },
  startedAt: { selector: '.ticket-info-dates .created .value' },
  // Inline edits re-render these boxes in place; the page reloads for everything else.
  watch: ['#header', '.ticket-summary'],
};
