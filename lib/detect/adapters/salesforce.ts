import type { DetectorRule } from '../rule';

/**
 * Salesforce Service Console (Lightning Experience), record pages
 * `https://MYDOMAIN.lightning.force.com/lightning/r/OBJECT/RECORDID/view` for the objects
 * contact centers evaluate: Case (ticket), VoiceCall (call), MessagingSession and
 * LiveChatTranscript (chat). Shape: the `/lightning/r/` URL scheme is public (Salesforce
 * Lightning URL docs); record ids are 15 or 18 characters. The markup is written from
 * scratch without an org: record layout items labelled by `field-label`, as Lightning's
 * record forms render them, in the active console tab (fixtures: `tests/fixtures/salesforce/`).
 * Field labels are the standard ones in English; an org with renamed or translated labels
 * shows the fields as missing.
 */
export const salesforce: DetectorRule = {
  id: 'salesforce',
  name: 'Salesforce Service Console',
  hosts: ['*.lightning.force.com', '*.my.salesforce.com'],
  pathPattern: '^/lightning/r/(?:Case|VoiceCall|MessagingSession|LiveChatTranscript)/',
  requires: [],
  externalId: {
    from: 'url',
    pattern: '^/lightning/r/(?:Case|VoiceCall|MessagingSession|LiveChatTranscript)/([A-Za-z0-9]{15,18})/view',
    confirm: { selector: '.windowViewMode-normal.active [data-record-id]', attribute: 'data-record-id' },
  },
  channel: {
    from: 'url',
    pattern: '^/lightning/r/(\\w{1,30})/',
    map: { case: 'ticket', voicecall: 'call', messagingsession: 'chat', livechattranscript: 'chat' },
  },
  customer: {
    selector:
      '.windowViewMode-normal.active :is([field-label="Contact Name"], [field-label="Caller"], [field-label="Messaging User"], [field-label="Contact"]) .test-id__field-value',
  },
  agent: {
    selector:
      '.windowViewMode-normal.active :is([field-label="Case Owner"], [field-label="Owner"], [field-label="Agent"]) .test-id__field-value',
  },
  queue: { selector: '.windowViewMode-normal.active :is([field-label="Queue"], [field-label="Routing Queue"]) .test-id__field-value' },
  subject: { selector: '.windowViewMode-normal.active [field-label="Subject"] .test-id__field-value' },
  startedAt: {
    selector:
      '.windowViewMode-normal.active :is([field-label="Date/Time Opened"], [field-label="Call Started"], [field-label="Start Time"]) lightning-formatted-date-time',
    attribute: 'data-value',
  },
  watch: ['.oneConsoleTabset, .oneWorkspaceTabWrapper'],
};
