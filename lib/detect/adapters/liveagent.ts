import type { DetectorRule } from '../rule';

/**
 * LiveAgent (Quality Unit), cloud (`SUBDOMAIN.ladesk.com`) or self-hosted on any host: the
 * agent panel under `/agent/` routes by hash, `#Conversation;id=ID`. Shape: the hash-route
 * style of its GWT agent panel as LiveAgent's public docs and links show it; the markup is
 * written from scratch without an account (fixture: `tests/fixtures/liveagent/conversation.html`).
 * Because it runs on any host, the page must declare itself: the agent panel's root element.
 */
export const liveagent: DetectorRule = {
  id: 'liveagent',
  name: 'LiveAgent',
  hosts: ['*'],
  pathPattern: '/agent/?$',
  requires: ['#LiveAgentPanel'],
  externalId: {
    from: 'url',
    pattern: '#Conversation;(?:[^#]*;)?id=([A-Za-z0-9]{1,20})(?:[;&]|$)',
    confirm: { selector: '#LiveAgentPanel .ConversationView[data-conversation-id]', attribute: 'data-conversation-id' },
  },
  channel: {
    selector: '#LiveAgentPanel .ConversationView .ChannelType',
    map: { email: 'email', chat: 'chat', call: 'call', facebook: 'social', twitter: 'social', instagram: 'social', whatsapp: 'social', 'contact form': 'ticket' },
  },
  customer: { selector: '#LiveAgentPanel .ConversationView .CustomerName' },
  agent: { selector: '#LiveAgentPanel .ConversationView .AssignedAgent' },
  queue: { selector: '#LiveAgentPanel .ConversationView .DepartmentName' },
  subject: { selector: '#LiveAgentPanel .ConversationView .ConversationSubject' },
  startedAt: { selector: '#LiveAgentPanel .ConversationView time.ConversationCreated', attribute: 'datetime' },
  watch: ['#LiveAgentPanel'],
};
