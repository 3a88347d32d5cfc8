import type { DetectorRule } from '../rule';

/**
 * osTicket (open source, self-hosted on any host), staff panel ticket view
 * `/scp/tickets.php?id=ID` (under any web path). Shape: the staff panel's public routes;
 * the markup is written from scratch after its server-rendered tables (ticket header
 * `Ticket #NUMBER`, "Ticket Info" and "User" tables of `th`/`td` pairs, `#ticketThread`),
 * not saved from a running instance (fixture: `tests/fixtures/osticket/ticket.html`).
 * osTicket shows dates in the staff member's format, so the created time is read only
 * when it is ISO 8601.
 */
export const osticket: DetectorRule = {
  id: 'osticket',
  name: 'osTicket',
  hosts: ['*'],
  pathPattern: '/scp/tickets\\.php$',
  requires: ['#ticketThread'],
  externalId: {
    from: 'url',
    pattern: '\\?(?:[^#]*&)?id=(\\d{1,10})(?:[&#]|$)',
    confirm: { selector: '#content [data-ticket-id]', attribute: 'data-ticket-id' },
  },
  channel: {
    selector: '#ticket-info .ticket-source',
    map: { email: 'email', phone: 'call', web: 'ticket', api: 'ticket', other: 'ticket' },
  },
  customer: { selector: '#ticket-user .user-name' },
  agent: { selector: '#ticket-info .ticket-assignee' },
  queue: { selector: '#ticket-info .ticket-dept' },
  subject: { selector: '#content .subject' },
  startedAt: { selector: '#ticket-info .ticket-created', pattern: '^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:Z|[+-]\\d\\d:\\d\\d)$' },
  watch: ['#content'],
};
