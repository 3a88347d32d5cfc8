// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect';
import { DEMO_AGENTS } from '../../server/db/demo-people';

/**
 * Runs the real demo desk (server/demo-desk, plain browser JavaScript) in happy-dom and
 * reads every interaction it renders with the demo-desk adapter: the desk's markup and the
 * adapter's selectors cannot drift apart without this failing.
 */
const DESK = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'server', 'demo-desk');

interface DeskData {
  INTERACTIONS: {
    id: string; channel: string; subject: string; customer: string; queue: string; agent: string; live?: boolean;
  }[];
  AGENTS: Record<string, { name: string; email: string }>;
}
interface DemoDeskHook {
  ids: string[];
  open(id: string): Promise<void>;
}

let data: DeskData;
let hook: DemoDeskHook;
const here = () => new URL(window.location.href);

beforeAll(async () => {
  // The page without its <script>/<link>: the module is imported below instead of fetched.
  const html = readFileSync(join(DESK, 'index.html'), 'utf8');
  const page = new DOMParser().parseFromString(html.replace(/<(script|link)\b[^>]*>(<\/script>)?/g, ''), 'text/html');
  document.head.replaceChildren(...[...page.head.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
  window.history.replaceState(null, '', '/demo');
  const asset = (name: string) => pathToFileURL(join(DESK, 'assets', name)).href;
  data = (await import(/* @vite-ignore */ asset('interactions.js'))) as DeskData;
  await import(/* @vite-ignore */ asset('desk.js'));
  hook = (window as unknown as { demoDesk: DemoDeskHook }).demoDesk;
});

describe('the demo desk as rendered by desk.js', () => {
  it('starts on the queue with nothing open', () => {
    expect(document.title).toBe('Demo Desk');
    expect(document.querySelector('main')?.textContent).toContain('Select an interaction from the queue');
    expect(document.querySelectorAll('nav[aria-label="Queue"] a[href^="/demo/interactions/"]')).toHaveLength(12);
    expect(detect(here(), document)).toBeNull();
  });

  it('uses exactly the demo users the server seeds as handling agents', () => {
    const seeded = new Map<string, string>(DEMO_AGENTS.map((agent) => [agent.email, agent.name]));
    for (const agent of Object.values(data.AGENTS)) expect(seeded.get(agent.email)).toBe(agent.name);
  });

  it('has tickets, chats, calls (two live) and e-mails with the agreed id shapes', () => {
    const prefix = { ticket: 'T-1', chat: 'C-2', call: 'P-3', email: 'E-4' } as Record<string, string>;
    for (const i of data.INTERACTIONS) expect(i.id.startsWith(prefix[i.channel] ?? '?')).toBe(true);
    expect(new Set(data.INTERACTIONS.map((i) => i.channel))).toEqual(new Set(['ticket', 'chat', 'call', 'email']));
    expect(data.INTERACTIONS.filter((i) => i.live)).toHaveLength(2);
  });

  it('renders every interaction in a way the adapter reads completely', async () => {
    let previous: string | undefined;
    for (const interaction of data.INTERACTIONS) {
      const opening = hook.open(interaction.id);
      expect(here().pathname).toBe(`/demo/interactions/${interaction.id}`);
      const midway = detect(here(), document);
      // The URL already names it, the page still shows the previous one (or the empty queue):
      // the id alone, none of the page's content.
      expect(document.querySelector('[data-interaction-id]')?.getAttribute('data-interaction-id')).toBe(previous);
      expect(midway).toMatchObject({ externalId: interaction.id, channel: 'unknown', confidence: 0.15 });
      expect(midway?.customer).toBeUndefined();
      await opening;
      previous = interaction.id;
      const agent = data.AGENTS[interaction.agent]!;
      expect(document.title).toBe(`${interaction.id} · Demo Desk`);
      expect(detect(here(), document)).toMatchObject({
        platform: 'demo-desk',
        externalId: interaction.id,
        channel: interaction.channel,
        customer: interaction.customer,
        agent: agent.name,
        agentEmail: agent.email,
        queue: interaction.queue,
        subject: interaction.subject,
        confidence: 1,
        missing: [],
      });
    }
  });

  it('shows HTML-looking customer text as text', async () => {
    await hook.open('C-2001');
    expect(document.querySelector('main b')).toBeNull();
    const lines = [...document.querySelectorAll('main li')].map((li) => li.textContent ?? '');
    expect(lines.some((line) => line.includes('<b>urgent</b> & "quoted"'))).toBe(true);
  });

  it('goes back with the browser history', async () => {
    await hook.open('T-1001');
    await hook.open('E-4001');
    window.history.back();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(detect(here(), document)?.externalId).toBe('T-1001');
  });
});
