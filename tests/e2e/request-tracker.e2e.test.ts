import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, waitUntil, type ExtensionBrowser } from './support/browser';
import { panelActions } from './support/panel';
import { freePort, LaatuServer } from './support/server';

/** Installed by scripts/rt/install.sh (run by scripts/ensure-tools.mjs as root). */
const RT_SERVER = '/usr/share/request-tracker5/libexec/rt-server';
const RT_START = resolve('scripts/rt/start.sh');
const ROOT = { user: 'root', password: 'password' };

/**
 * A real third-party help desk: Request Tracker 5 from Debian's packages, its standalone
 * server on 127.0.0.1, a ticket created through its REST2 API, and the panel in Chromium
 * reading that ticket from RT's own ticket page.
 */
describe('Request Tracker 5 ticket page in a real browser', () => {
  let rt: RequestTracker;
  let server: LaatuServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let ticket: { id: string; subject: string };

  beforeAll(async () => {
    if (!existsSync(RT_SERVER)) {
      throw new Error(
        `Request Tracker 5 is not installed (${RT_SERVER} is missing). ` +
          'Run `node scripts/ensure-tools.mjs` or `scripts/rt/install.sh` as root on Debian 12.',
      );
    }
    rt = new RequestTracker(await freePort());
    server = new LaatuServer(await freePort());
    const subject = 'Invoice charged twice in October';
    // RT takes seconds to start: the Laatu server and the browser start meanwhile.
    [ticket, , browser] = await Promise.all([
      rt.start().then(() => rt.createTicket({ subject, requestor: 'customer@example.com', owner: 'root' })),
      server.start(),
      launchWithExtension(),
    ]);
    const worker = await browser.serviceWorker();
    await waitUntil(async () => (await worker.evaluate(registeredScripts)) > 0, 'the detector registration');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    await rt?.dispose();
  });

  test('the ticket created through REST shows on its RT page after logging in', async () => {
    page = await browser.context.newPage();
    await page.goto(`${rt.url}/`);
    await page.locator('#login input[name="user"]').fill(ROOT.user);
    await page.locator('#login input[name="pass"]').fill(ROOT.password);
    await page.getByRole('button', { name: 'Login' }).click();
    // Logged in once RT's menu offers to log out; only then is the session cookie set.
    await page.locator('a[href*="/NoAuth/Logout.html"]').first().waitFor({ state: 'attached' });
    await page.goto(`${rt.url}/Ticket/Display.html?id=${ticket.id}`);
    expect(await page.locator('#header h1').innerText()).toBe(`#${ticket.id}: ${ticket.subject}`);
  });

  test("the panel shows the ticket's id, subject, requestor and owner", async () => {
    const panel = await browser.openPanel();
    const ui = panelActions(panel);
    await ui.signIn(server.url, 'supervisor1@demo.laatu');
    await page.bringToFront();
    await expect.poll(() => ui.interaction.innerText(), { timeout: 15_000 }).toContain(ticket.subject);
    const shown = await facts(panel);
    expect(shown).toMatchObject({
      Id: ticket.id,
      Channel: 'Ticket',
      Subject: ticket.subject,
      Customer: 'customer@example.com',
      Agent: 'root (Enoch Root)',
      Queue: 'General',
    });
  });
});

/** The panel's "Current interaction" facts as label → value. */
async function facts(panel: Page): Promise<Record<string, string>> {
  const region = panelActions(panel).interaction;
  const terms = await region.getByRole('term').allInnerTexts();
  const values = await region.getByRole('definition').allInnerTexts();
  return Object.fromEntries(terms.map((term, i) => [term.trim(), (values[i] ?? '').trim()]));
}

/** RT's standalone server (scripts/rt/start.sh) on a private copy of the packaged database. */
class RequestTracker {
  private child: ChildProcess | null = null;
  private readonly stateDir = mkdtempSync(join(tmpdir(), 'laatu-e2e-rt-'));
  private output = '';

  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    // Its own process group, so stopping it also stops the server's prefork workers.
    const child = spawn('bash', [RT_START, String(this.port), this.stateDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.child = child;
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`RT exited with ${child.exitCode}:\n${this.output}`);
      const answered = await fetch(`${this.url}/NoAuth/Login.html`).then((r) => r.ok, () => false);
      if (answered) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`RT did not answer on ${this.url} within 60 s:\n${this.output}`);
  }

  /** POST /REST/2.0/ticket as root; returns the new ticket's id. */
  async createTicket(ticket: { subject: string; requestor: string; owner: string }) {
    const response = await fetch(`${this.url}/REST/2.0/ticket`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${ROOT.user}:${ROOT.password}`).toString('base64')}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        Queue: 'General',
        Subject: ticket.subject,
        Requestor: ticket.requestor,
        Owner: ticket.owner,
        Content: 'I was charged twice for my October invoice. Please refund one of them.',
      }),
    });
    const body = (await response.json()) as { id?: string | number; message?: string };
    if (response.status !== 201 || body.id === undefined) {
      throw new Error(`RT REST2 ticket create answered ${response.status}: ${JSON.stringify(body)}`);
    }
    return { id: String(body.id), subject: ticket.subject };
  }

  async dispose(): Promise<void> {
    const child = this.child;
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    this.child = null;
    rmSync(this.stateDir, { recursive: true, force: true });
  }
}

/** Runs inside the service worker. */
async function registeredScripts(): Promise<number> {
  const api = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } })
    .chrome;
  return (await api.scripting.getRegisteredContentScripts()).length;
}
