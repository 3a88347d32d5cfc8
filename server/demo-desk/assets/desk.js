/**
 * Demo Desk: a small contact-center agent desktop that Laatu uses as its own test host.
 *
 * A single-page app: queue links are real `<a href>`s; a click opens the interaction with
 * `history.pushState` and renders it a moment later (as if fetched), like the host
 * software Laatu reads. All data is inserted as text (`append(string)`, `textContent`),
 * never as HTML. The markup inside `<main>` is a contract with Laatu's detector: see
 * `lib/detect/adapters/demo-desk.ts` before renaming any `data-*` attribute.
 *
 * Hooks for tests and benchmarks:
 * - `window.demoDesk.open(id)` navigates in-page like a click; resolves when rendered.
 * - `?chatRate=N` on a chat page appends N simulated messages per second.
 */
import { AGENTS, COMPANY, INTERACTIONS, SIGNED_IN } from './interactions.js';

/** @typedef {import('./interactions.js').Interaction} Interaction */

const BASE = '/demo';
const DESK_NAME = 'Demo Desk';
/** How long an opened interaction takes to "load": the old one stays on screen meanwhile. */
const LOAD_DELAY_MS = 80;
const CHANNEL_LABEL = { ticket: 'Ticket', chat: 'Chat', call: 'Call', email: 'E-mail' };
const QUARTER_HOUR_MS = 15 * 60 * 1000;
/** Start times count back from the current quarter hour, so a reload shows the same times. */
const timeBase = Math.floor(Date.now() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;

const byId = new Map(INTERACTIONS.map((i) => [i.id, i]));
const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const queueList = /** @type {HTMLElement} */ (document.getElementById('queue-list'));
const announcer = /** @type {HTMLElement} */ (document.getElementById('announcer'));

/** Aborted when another view renders: stops that view's timers. */
let view = new AbortController();
/** Increases with every navigation, so a slow render never overwrites a newer one. */
let navigation = 0;

// --- small DOM helpers -------------------------------------------------------------

/**
 * Creates an element; children are nodes or strings (inserted as text, never parsed).
 * @param {string} tag
 * @param {Record<string, string | undefined>} [attributes]
 * @param {...(Node | string | null | undefined | false)} children
 */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** @param {Interaction} interaction */
const startOf = (interaction) => new Date(timeBase - interaction.startedMinutesAgo * 60_000);

/** @param {Date} date */
const clock = (date) => date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** @param {Date} date  "Today 09:40" or "22 Nov, 09:40". */
function dateTime(date) {
  const today = new Date().toDateString() === date.toDateString();
  const day = today ? 'Today' : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }) + ',';
  return `${day} ${clock(date)}`;
}

/** @param {Date} date @param {string} [text] */
const time = (date, text = clock(date)) => h('time', { datetime: date.toISOString() }, text);

/** @param {number} seconds  "04:07" */
function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** @param {string} channel */
const badge = (channel) => h('span', { class: `badge badge--${channel}` }, CHANNEL_LABEL[channel] ?? channel);

// --- the queue -----------------------------------------------------------------------

/** @param {Date} date  The clock time today, the date on other days. */
function queueTime(date) {
  if (new Date().toDateString() === date.toDateString()) return time(date);
  return time(date, date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' }));
}

function renderQueue() {
  document.getElementById('queue-count').textContent = String(INTERACTIONS.length);
  const newestFirst = [...INTERACTIONS].sort((a, b) => a.startedMinutesAgo - b.startedMinutesAgo);
  queueList.replaceChildren(
    ...newestFirst.map((interaction) =>
      h(
        'li',
        {},
        h(
          'a',
          { class: 'queue-item', href: `${BASE}/interactions/${interaction.id}`, 'data-desk-link': '' },
          h(
            'span',
            { class: 'queue-item__top' },
            badge(interaction.channel),
            ' ',
            h('span', { class: 'queue-item__id' }, interaction.id),
            interaction.live && ' ',
            interaction.live && h('span', { class: 'live' }, 'Live'),
            ' ',
            h('span', { class: 'queue-item__time' }, queueTime(startOf(interaction))),
          ),
          ' ',
          h('span', { class: 'queue-item__customer' }, interaction.customer),
          ' ',
          h('span', { class: 'queue-item__subject' }, interaction.subject),
        ),
      ),
    ),
  );
}

/** @param {string | null} id */
function markCurrent(id) {
  for (const link of queueList.querySelectorAll('a')) {
    if (link.pathname === `${BASE}/interactions/${id}`) {
      link.setAttribute('aria-current', 'page');
      link.scrollIntoView({ block: 'nearest' });
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

// --- the open interaction --------------------------------------------------------------

/** @param {Interaction} interaction */
function renderInteraction(interaction) {
  const agent = AGENTS[interaction.agent];
  const started = startOf(interaction);
  const fact = (label, ...value) => h('div', {}, h('dt', {}, label), h('dd', {}, ...value));
  return h(
    'article',
    {
      class: 'interaction',
      'data-interaction-id': interaction.id,
      'data-channel': interaction.channel,
      'aria-labelledby': 'interaction-subject',
    },
    h(
      'header',
      { class: 'interaction__header' },
      h(
        'p',
        { class: 'interaction__meta' },
        badge(interaction.channel),
        ' ',
        h('span', { class: 'interaction__id' }, interaction.id),
        ' ',
        h('span', { class: `status status--${interaction.status.toLowerCase().replace(/\s+/g, '-')}` }, interaction.status),
      ),
      h('h1', { id: 'interaction-subject', 'data-field': 'subject' }, interaction.subject),
      h(
        'dl',
        { class: 'facts' },
        fact('Customer', h('span', { 'data-field': 'customer' }, interaction.customer), ' ', h('span', { class: 'muted' }, interaction.contact)),
        fact(
          'Agent',
          h('span', { 'data-field': 'agent' }, agent.name),
          ' ',
          h('a', { class: 'muted', 'data-field': 'agent-email', href: `mailto:${agent.email}` }, agent.email),
        ),
        fact('Queue', h('span', { 'data-field': 'queue' }, interaction.queue)),
        fact('Started', h('time', { 'data-field': 'started-at', datetime: started.toISOString() }, dateTime(started))),
      ),
    ),
    interaction.channel === 'chat'
      ? renderChat(interaction, started)
      : interaction.channel === 'call'
        ? renderCall(interaction, started)
        : renderThread(interaction, started),
  );
}

/** @param {Interaction} interaction @param {Date} started */
function renderChat(interaction, started) {
  const lines = h('ol', { class: 'chat' }, ...(interaction.chat ?? []).map((line) => chatLine(interaction, line, started)));
  const input = h('input', { id: 'reply', name: 'reply', autocomplete: 'off' });
  const composer = h('form', { class: 'composer' }, h('label', { for: 'reply' }, 'Reply'), input, h('button', { type: 'submit' }, 'Send'));
  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = /** @type {HTMLInputElement} */ (input).value.trim();
    if (!text) return;
    appendChatLine(lines, chatLine(interaction, { speaker: 'agent', at: (Date.now() - started.getTime()) / 1000, text }, started));
    /** @type {HTMLInputElement} */ (input).value = '';
  });
  const rate = Number(new URLSearchParams(location.search).get('chatRate'));
  if (rate > 0) simulateChat(interaction, lines, started, Math.min(rate, 1000));
  return h('section', { class: 'transcript', 'aria-labelledby': 'transcript-heading' }, h('h2', { id: 'transcript-heading' }, 'Chat transcript'), lines, composer);
}

/**
 * @param {Interaction} interaction
 * @param {import('./interactions.js').ChatLine} line
 * @param {Date} started
 */
function chatLine(interaction, line, started) {
  const speaker = line.speaker === 'customer' ? interaction.customer : line.speaker === 'agent' ? AGENTS[interaction.agent].name : 'System';
  return h(
    'li',
    { class: `chat-line chat-line--${line.speaker}` },
    h('p', { class: 'chat-line__meta' }, h('span', { class: 'chat-line__speaker' }, speaker), ' ', time(new Date(started.getTime() + line.at * 1000))),
    h('p', { class: 'chat-line__text' }, line.text),
  );
}

/** Appends a line and keeps the newest line in view when the reader was already at the bottom. */
function appendChatLine(list, line) {
  const scroller = document.scrollingElement ?? document.documentElement;
  const atBottom = main.scrollHeight - main.scrollTop - main.clientHeight < 40 || scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 40;
  list.append(line);
  if (atBottom) line.scrollIntoView({ block: 'nearest' });
}

const SIMULATED = {
  customer: ['Is it still there?', 'Ok, thanks.', 'Can you check again please?', 'I tried restarting it.', 'Sure, one moment.'],
  agent: ['Let me check that for you.', 'Thanks for waiting.', 'I can see it on my side now.', 'Anything else I can help with?'],
};

/** `?chatRate=N`: N customer/agent messages per second, for benchmarks; stops when the view changes. */
function simulateChat(interaction, lines, started, rate) {
  let due = 0;
  let sent = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    due += (rate * (now - last)) / 1000;
    last = now;
    for (; due >= 1; due -= 1, sent += 1) {
      const speaker = sent % 2 === 0 ? 'customer' : 'agent';
      const pool = SIMULATED[speaker];
      const text = pool[sent % pool.length];
      lines.append(chatLine(interaction, { speaker, at: (Date.now() - started.getTime()) / 1000, text }, started));
    }
  }, 100);
  view.signal.addEventListener('abort', () => clearInterval(timer));
}

/** @param {Interaction} interaction @param {Date} started */
function renderCall(interaction, started) {
  const timer = h('span', { class: 'call__timer', role: 'timer' });
  if (interaction.live) {
    const tick = () => (timer.textContent = duration((Date.now() - started.getTime()) / 1000));
    tick();
    const interval = setInterval(tick, 1000);
    view.signal.addEventListener('abort', () => clearInterval(interval));
  } else {
    timer.textContent = duration(interaction.durationSeconds ?? 0);
  }
  return h(
    'section',
    { class: 'call', 'aria-labelledby': 'call-heading' },
    h('h2', { id: 'call-heading' }, interaction.live ? 'Call in progress' : 'Call ended'),
    h('p', { class: 'call__status' }, interaction.live ? 'Call time ' : 'Duration ', timer, interaction.live && ' ', interaction.live && h('span', { class: 'live' }, 'Live')),
    h('h3', {}, 'Call notes'),
    h(
      'ol',
      { class: 'notes' },
      ...(interaction.notes ?? []).map((note) => h('li', {}, h('span', { class: 'notes__at' }, duration(note.at)), ' ', h('span', {}, note.text))),
    ),
  );
}

/** @param {Interaction} interaction @param {Date} started */
function renderThread(interaction, started) {
  const agent = AGENTS[interaction.agent];
  return h(
    'section',
    { class: 'transcript', 'aria-labelledby': 'transcript-heading' },
    h('h2', { id: 'transcript-heading' }, interaction.channel === 'email' ? 'E-mail thread' : 'Ticket thread'),
    h(
      'ol',
      { class: 'thread' },
      ...(interaction.thread ?? []).map((message) => {
        const from = message.from === 'customer' ? `${interaction.customer} <${interaction.contact}>` : `${agent.name} <${agent.email}>`;
        return h(
          'li',
          { class: `message message--${message.from}` },
          h('p', { class: 'message__meta' }, h('span', { class: 'message__from' }, from), ' ', time(new Date(started.getTime() + message.at * 1000), dateTime(new Date(started.getTime() + message.at * 1000)))),
          h('p', { class: 'message__body' }, message.body),
        );
      }),
    ),
  );
}

/** @param {string} heading @param {string} text */
const emptyState = (heading, text) => h('div', { class: 'empty' }, h('h1', {}, heading), h('p', {}, text));

// --- navigation ------------------------------------------------------------------------

/** @param {string} pathname @returns {{ kind: 'home' } | { kind: 'interaction', id: string } | { kind: 'unknown' }} */
function route(pathname) {
  if (pathname === BASE || pathname === `${BASE}/`) return { kind: 'home' };
  const match = /^\/demo\/interactions\/([^/]+)\/?$/.exec(pathname);
  if (!match) return { kind: 'unknown' };
  try {
    return { kind: 'interaction', id: decodeURIComponent(match[1]) };
  } catch {
    return { kind: 'unknown' };
  }
}

/** Renders what the current URL names; after `delay` ms when navigating, at once on first load. */
function show(delay) {
  const current = route(location.pathname);
  const ticket = ++navigation;
  markCurrent(current.kind === 'interaction' ? current.id : null);
  main.setAttribute('aria-busy', 'true');
  return new Promise((resolve) => {
    const render = () => {
      if (ticket !== navigation) return resolve(undefined);
      view.abort();
      view = new AbortController();
      const interaction = current.kind === 'interaction' ? byId.get(current.id) : undefined;
      if (interaction) {
        main.replaceChildren(renderInteraction(interaction));
        document.title = `${interaction.id} · ${DESK_NAME}`;
        announcer.textContent = `Opened ${interaction.id}: ${interaction.subject}`;
      } else if (current.kind === 'home') {
        main.replaceChildren(emptyState('No interaction open', 'Select an interaction from the queue'));
        document.title = DESK_NAME;
      } else {
        const what = current.kind === 'interaction' ? `There is no interaction "${current.id}" in this desk.` : 'This page does not exist.';
        main.replaceChildren(emptyState('Not found', `${what} Select an interaction from the queue.`));
        document.title = `Not found · ${DESK_NAME}`;
      }
      main.removeAttribute('aria-busy');
      resolve(undefined);
    };
    if (delay > 0) setTimeout(render, delay);
    else render();
  });
}

/** @param {string} path */
function navigate(path) {
  if (path !== location.pathname + location.search) history.pushState(null, '', path);
  return show(LOAD_DELAY_MS);
}

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[data-desk-link]') : null;
  if (!(link instanceof HTMLAnchorElement)) return;
  event.preventDefault();
  void navigate(link.pathname + link.search);
});

window.addEventListener('popstate', () => void show(LOAD_DELAY_MS));

// Arrow keys move between queue items; Enter opens one (they are links).
queueList.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...queueList.querySelectorAll('a')];
  const at = links.indexOf(/** @type {HTMLAnchorElement} */ (document.activeElement));
  const next = links[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
});

window.demoDesk = {
  /** Ids of every interaction in the queue. */
  ids: INTERACTIONS.map((interaction) => interaction.id),
  /** Opens an interaction in-page, as a click on its queue item would; resolves when rendered. */
  open: (/** @type {string} */ id) => navigate(`${BASE}/interactions/${encodeURIComponent(id)}`),
};

document.getElementById('company').textContent = COMPANY;
document.getElementById('signed-in-agent').textContent = `${SIGNED_IN.name} (${SIGNED_IN.email})`;
renderQueue();
void show(0);
