/**
 * The demo desk's made-up contact center: a telecom operator's team of six agents and
 * the interactions in their queue. Agents are the demo users the Laatu server seeds.
 *
 * Times are relative: `startedMinutesAgo` counts back from the current quarter hour, so a
 * reload within the same quarter shows the same start times; transcript `at` values are
 * seconds after the interaction started.
 */

/** @typedef {{ name: string, email: string }} Agent */
/** @typedef {{ speaker: 'customer' | 'agent' | 'system', at: number, text: string }} ChatLine */
/** @typedef {{ from: 'customer' | 'agent', at: number, body: string }} ThreadMessage */
/** @typedef {{ at: number, text: string }} CallNote */
/**
 * @typedef {object} Interaction
 * @property {string} id
 * @property {'ticket' | 'chat' | 'call' | 'email'} channel
 * @property {string} status
 * @property {string} subject
 * @property {string} customer
 * @property {string} contact  The customer's phone number or e-mail address.
 * @property {keyof typeof AGENTS} agent
 * @property {string} queue
 * @property {number} startedMinutesAgo
 * @property {boolean} [live]  Calls in progress.
 * @property {number} [durationSeconds]  Ended calls.
 * @property {ThreadMessage[]} [thread]  Tickets and e-mails.
 * @property {ChatLine[]} [chat]
 * @property {CallNote[]} [notes]  Calls.
 */

export const COMPANY = 'Revontuli Telecom';

/** @type {Record<string, Agent>} */
export const AGENTS = {
  agent1: { name: 'Aino Virtanen', email: 'agent1@demo.laatu' },
  agent2: { name: 'Mikko Korhonen', email: 'agent2@demo.laatu' },
  agent3: { name: 'Sanna Nieminen', email: 'agent3@demo.laatu' },
  agent4: { name: 'Jussi Mäkinen', email: 'agent4@demo.laatu' },
  agent5: { name: 'Laura Hämäläinen', email: 'agent5@demo.laatu' },
  agent6: { name: 'Teemu Laine', email: 'agent6@demo.laatu' },
};

/** Who is signed in to the desk. */
export const SIGNED_IN = AGENTS.agent1;

/** @type {Interaction[]} */
export const INTERACTIONS = [
  {
    id: 'P-3001', channel: 'call', status: 'Live', live: true,
    subject: 'Broadband outage in Hervanta, Tampere', customer: 'Kaisa Laaksonen', contact: '+358 40 123 4567',
    agent: 'agent1', queue: 'Technical support', startedMinutesAgo: 4,
    notes: [
      { at: 20, text: 'Customer has had no connection since 7:30. Router lights: power on, DSL blinking.' },
      { at: 95, text: 'Known outage in postcode 33720, ticket INC-5521. Estimated fix within 3 hours.' },
      { at: 150, text: 'Customer works from home; offered mobile data top-up for today.' },
    ],
  },
  {
    id: 'P-3002', channel: 'call', status: 'Live', live: true,
    subject: 'Contract renewal: mobile subscription ending', customer: 'Juha Mattila', contact: '+358 50 987 6543',
    agent: 'agent2', queue: 'Sales', startedMinutesAgo: 9,
    notes: [
      { at: 30, text: 'Fixed-term contract ends next month; customer wants to keep the number.' },
      { at: 210, text: 'Compared 5G Unlimited and 5G 100 GB; uses about 40 GB a month.' },
    ],
  },
  {
    id: 'C-2001', channel: 'chat', status: 'Active',
    subject: 'App shows "<b>urgent</b>" payment notice', customer: 'Matti Lehtonen', contact: 'matti.lehtonen@example.fi',
    agent: 'agent2', queue: 'Billing', startedMinutesAgo: 12,
    chat: [
      { speaker: 'system', at: 0, text: 'Chat started from the My Revontuli app.' },
      { speaker: 'customer', at: 5, text: 'Hi, your app is showing me a strange message.' },
      { speaker: 'agent', at: 40, text: 'Hello Matti, I am Mikko from billing. What does the message say?' },
      { speaker: 'customer', at: 85, text: 'It literally says <b>urgent</b> & "quoted" Payment overdue. But I paid the invoice last week!' },
      { speaker: 'agent', at: 130, text: 'Thank you, that formatting is a display bug on our side, sorry about that. Let me check your payment.' },
      { speaker: 'agent', at: 190, text: 'Your payment of 39.90 € arrived on Tuesday and the invoice is marked paid. The notice was sent before it was booked.' },
      { speaker: 'customer', at: 225, text: 'Ok good. Will I get a late fee?' },
      { speaker: 'agent', at: 250, text: 'No, there is no late fee. I have also removed the notice from your account.' },
    ],
  },
  {
    id: 'C-2002', channel: 'chat', status: 'Active',
    subject: 'Faster broadband for working from home', customer: 'Hanna Järvinen', contact: 'hanna.jarvinen@example.fi',
    agent: 'agent4', queue: 'Sales', startedMinutesAgo: 21,
    chat: [
      { speaker: 'system', at: 0, text: 'Chat started from revontuli.example/broadband.' },
      { speaker: 'customer', at: 8, text: 'Our video calls keep freezing in the evenings. Is there anything faster?' },
      { speaker: 'agent', at: 50, text: 'Hi Hanna, Jussi here. You have 100M cable now; your building supports 1000M fibre.' },
      { speaker: 'customer', at: 95, text: 'How much more would that be per month?' },
      { speaker: 'agent', at: 140, text: '1000M is 12 € more a month, and the first three months are at your current price.' },
      { speaker: 'customer', at: 200, text: 'Sounds good. Does it need a new router?' },
    ],
  },
  {
    id: 'C-2003', channel: 'chat', status: 'Closed',
    subject: 'Router keeps restarting', customer: 'Oskari Rantanen', contact: 'oskari.r@example.fi',
    agent: 'agent6', queue: 'Technical support', startedMinutesAgo: 140,
    chat: [
      { speaker: 'system', at: 0, text: 'Chat started from the help centre.' },
      { speaker: 'customer', at: 10, text: 'my router restarts every 10 minutes or so' },
      { speaker: 'agent', at: 45, text: 'Hi Oskari, Teemu here. I can see the restarts on our side too. Is it standing near a heater?' },
      { speaker: 'customer', at: 120, text: 'umm yes, on top of the radiator actually' },
      { speaker: 'agent', at: 160, text: 'It is probably overheating. Could you move it somewhere cooler and tell me if it keeps happening?' },
      { speaker: 'customer', at: 900, text: 'moved it, no restarts for 10 min now. thanks!' },
      { speaker: 'system', at: 960, text: 'Chat closed by agent.' },
    ],
  },
  {
    id: 'T-1001', channel: 'ticket', status: 'Open',
    subject: 'Invoice charged twice in October', customer: 'Elina Koskinen', contact: 'elina.koskinen@example.fi',
    agent: 'agent1', queue: 'Billing', startedMinutesAgo: 185,
    thread: [
      { from: 'customer', at: 0, body: 'Hello,\n\nMy October invoice (no. 4410087) was charged twice from my bank account, 2 × 54.80 €. Please refund the extra payment.\n\nElina Koskinen' },
      { from: 'agent', at: 2700, body: 'Hi Elina,\n\nThank you for letting us know. I can see both payments. I have asked for a refund of 54.80 €; it will be on your account within 5 banking days.\n\nBest regards,\nAino Virtanen\nRevontuli Telecom' },
      { from: 'customer', at: 7200, body: 'Thanks! Will this happen again next month?' },
    ],
  },
  {
    id: 'T-1002', channel: 'ticket', status: 'Pending',
    subject: 'Moving house: move broadband to new address', customer: 'Pekka Heikkinen', contact: 'pekka.heikkinen@example.fi',
    agent: 'agent3', queue: 'Moving & changes', startedMinutesAgo: 1500,
    thread: [
      { from: 'customer', at: 0, body: 'We are moving from Kalevankatu 12 B, Helsinki to Rantatie 3, Espoo on 1 December. Can the broadband move with us?' },
      { from: 'agent', at: 5400, body: 'Hi Pekka,\n\nYes: Rantatie 3 has fibre available. I have booked the move for 1 December; the connection at the old address ends the same day. Please confirm whether you need an installation visit.\n\nSanna Nieminen\nRevontuli Telecom' },
    ],
  },
  {
    id: 'T-1003', channel: 'ticket', status: 'Open',
    subject: 'Complaint: technician did not show up', customer: 'Riikka Salonen', contact: 'riikka.salonen@example.fi',
    agent: 'agent5', queue: 'Complaints', startedMinutesAgo: 320,
    thread: [
      { from: 'customer', at: 0, body: 'I took a day off work for the installation between 8 and 12 and nobody came. Nobody called either. This is the second time.' },
      { from: 'agent', at: 3600, body: 'Hi Riikka,\n\nI am very sorry, this should not have happened, let alone twice. I have booked the first slot tomorrow, 8-10, and the technician will call 30 minutes before arriving. I have also credited one month of your subscription.\n\nLaura Hämäläinen\nRevontuli Telecom' },
    ],
  },
  {
    id: 'P-3003', channel: 'call', status: 'Ended', durationSeconds: 412,
    subject: 'Question about roaming charges', customer: 'Anneli Ahonen', contact: '+358 44 555 0199',
    agent: 'agent5', queue: 'Billing', startedMinutesAgo: 55,
    notes: [
      { at: 40, text: 'Customer travelled to Norway; invoice shows 23 € data roaming.' },
      { at: 180, text: 'Norway is in the EU/EEA roaming area, but usage exceeded the fair-use limit of 14 GB.' },
      { at: 380, text: 'Explained fair use; set a roaming data alert at 10 GB. Customer satisfied.' },
    ],
  },
  {
    id: 'P-3004', channel: 'call', status: 'Ended', durationSeconds: 655,
    subject: 'Wants to cancel after price increase', customer: 'Ville Peltonen', contact: '+358 45 222 3344',
    agent: 'agent6', queue: 'Retention', startedMinutesAgo: 95,
    notes: [
      { at: 25, text: 'Wants to cancel broadband because of the 3 € price increase in January.' },
      { at: 300, text: 'Mapped needs: two adults, streaming, no landline. Offered 300M instead of 500M, 5 € cheaper.' },
      { at: 600, text: 'Customer accepted 300M from next billing period. No cancellation.' },
    ],
  },
  {
    id: 'E-4001', channel: 'email', status: 'Awaiting reply',
    subject: 'Setting up e-invoice with direct debit', customer: 'Sofia Lindqvist', contact: 'sofia.lindqvist@example.fi',
    agent: 'agent3', queue: 'Billing', startedMinutesAgo: 2900,
    thread: [
      { from: 'customer', at: 0, body: 'Hej! How can I get my invoices as e-invoices to my online bank instead of paper? I would also like direct debit.' },
      { from: 'agent', at: 9000, body: 'Hi Sofia,\n\nYou can accept the e-invoice offer in your online bank; after that, paper invoices stop automatically. Direct debit is set up in the same place. There is no fee for either.\n\nKind regards,\nSanna Nieminen' },
    ],
  },
  {
    id: 'E-4002', channel: 'email', status: 'Awaiting reply',
    subject: 'Complaint about an unfriendly reply', customer: 'Tapio Kallio', contact: 'tapio.kallio@example.fi',
    agent: 'agent4', queue: 'Complaints', startedMinutesAgo: 700,
    thread: [
      { from: 'customer', at: 0, body: 'Last week I asked about my data speed and the answer was two lines telling me to read the FAQ. I have been a customer for 15 years.' },
    ],
  },
];
