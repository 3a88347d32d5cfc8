import type { CDPSession, Page } from 'playwright-core';

/** What one open of the real side panel showed: its marks, counted from the click that opened it. */
export interface SidePanelOpen {
  /** From the click to the panel document's navigation start. */
  navigation: number;
  /** Each performance mark of the panel, from the click. */
  marks: Record<string, number>;
}

/** The part of chrome.* these helpers use, inside the opener page. */
interface Chrome {
  tabs: { query(query: object): Promise<{ url?: string; windowId: number }[]> };
  sidePanel: {
    open(options: { windowId: number }): Promise<void>;
    close(options: { windowId: number }): Promise<void>;
    setOptions(options: { path: string; enabled: boolean }): Promise<void>;
  };
  extension: { getViews(): Window[] };
}

const OPEN_BUTTON = 'Open the side panel';

/** What sidePanelOpener keeps in the opener page: the host tab's window, and how it finds the panel's page. */
interface OpenerWindow {
  hostWindow: number;
  clickedAt: number;
  chrome: Chrome;
  panelView(path: string): Window | undefined;
}

/**
 * Chrome's real side panel, opened as a user opens it: by a click. Playwright clicks a button
 * in `opener` (any page of the extension other than the panel), whose handler calls
 * chrome.sidePanel.open for the window of the tab whose URL starts with `hostUrl`; the panel
 * then follows that window's active tab. Playwright does not attach to side panels, so:
 * - `open` reads the panel's performance marks through chrome.extension.getViews (extension
 *   pages share one process), which leaves the panel itself undisturbed: for benchmarks;
 * - `drive` attaches a DevTools session to it, for trusted keystrokes and queries by role
 *   and name, as a user and a screen reader meet it: for tests.
 */
export async function sidePanelOpener(opener: Page, hostUrl: string) {
  await opener.evaluate(
    async ({ hostUrl, label }) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [host] = (await chrome.tabs.query({})).filter((t) => t.url?.startsWith(hostUrl));
      if (!host) throw new Error(`no tab at ${hostUrl}`);
      const button = document.createElement('button');
      button.textContent = label;
      button.addEventListener('click', () => {
        (window as unknown as OpenerWindow).clickedAt = performance.timeOrigin + performance.now();
        void chrome.sidePanel.open({ windowId: host.windowId });
      });
      document.body.prepend(button);
      const own = window as unknown as OpenerWindow;
      own.hostWindow = host.windowId;
      own.panelView = (path) => chrome.extension.getViews().find((v) => v !== window && v.location.pathname === path);
    },
    { hostUrl, label: OPEN_BUTTON },
  );
  let path = '/sidepanel.html';
  return {
    /** Sets the page the side panel shows (the manifest's, /sidepanel.html, by default). */
    async setPath(to: string) {
      path = to;
      await opener.evaluate((path) => (window as unknown as OpenerWindow).chrome.sidePanel.setOptions({ path, enabled: true }), to);
    },
    /** Clicks open, waits until every mark in `waitFor` is in the panel, and reads them. */
    async open(waitFor: string[] = [], timeoutMs = 10_000): Promise<SidePanelOpen> {
      await opener.getByRole('button', { name: OPEN_BUTTON }).click();
      return opener.evaluate(
        async ({ waitFor, timeoutMs, path }) => {
          const own = window as unknown as OpenerWindow;
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const panel = own.panelView(path);
            const marks = panel ? panel.performance.getEntriesByType('mark') : [];
            if (panel && waitFor.every((name) => marks.some((m) => m.name === name))) {
              const clickedAt = own.clickedAt;
              const origin = panel.performance.timeOrigin;
              return {
                navigation: origin - clickedAt,
                marks: Object.fromEntries(marks.map((m) => [m.name, origin + m.startTime - clickedAt])),
              };
            }
            if (Date.now() > deadline) throw new Error(`the side panel (${path}) showed no ${waitFor.join(', ') || 'page'}`);
            await new Promise((r) => setTimeout(r, 10));
          }
        },
        { waitFor, timeoutMs, path },
      );
    },
    /** The open panel's visible text. */
    async text(): Promise<string> {
      return opener.evaluate((path) => (window as unknown as OpenerWindow).panelView(path)?.document.body.innerText ?? '', path);
    },
    /** A DevTools session on the open panel (see SidePanelDriver). */
    async drive(): Promise<SidePanelDriver> {
      const cdp = await opener.context().newCDPSession(opener);
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => new URL(t.url).pathname === path);
      if (!target) throw new Error(`no side panel showing ${path}`);
      return SidePanelDriver.attach(cdp, target.targetId);
    },
    /** Closes the panel and waits until its page is gone. */
    async close() {
      await opener.evaluate(async (path) => {
        const own = window as unknown as OpenerWindow;
        await own.chrome.sidePanel.close({ windowId: own.hostWindow });
        const deadline = Date.now() + 5_000;
        while (own.panelView(path)) {
          if (Date.now() > deadline) throw new Error(`the side panel (${path}) did not close`);
          await new Promise((r) => setTimeout(r, 10));
        }
      }, path);
    },
  };
}

/** Keys as DevTools dispatches them: what a keyboard sends for each. */
const KEYS: Record<string, { code: string; keyCode: number; text?: string }> = {
  Enter: { code: 'Enter', keyCode: 13, text: '\r' },
  Tab: { code: 'Tab', keyCode: 9 },
  Escape: { code: 'Escape', keyCode: 27 },
  ArrowDown: { code: 'ArrowDown', keyCode: 40 },
  ArrowUp: { code: 'ArrowUp', keyCode: 38 },
  a: { code: 'KeyA', keyCode: 65, text: 'a' },
  ...Object.fromEntries(Array.from({ length: 10 }, (_, d) => [String(d), { code: `Digit${d}`, keyCode: 48 + d, text: String(d) }])),
};
const MODIFIERS: Record<string, number> = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };

/**
 * Drives the real side panel through a DevTools session of its own (a target Playwright does
 * not attach to): trusted keystrokes and text input, and elements found by role and
 * accessible name in Chrome's accessibility tree.
 */
export class SidePanelDriver {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<SidePanelDriver> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new SidePanelDriver(cdp, sessionId);
  }

  private send<T>(method: string, params: object = {}): Promise<T> {
    const id = (this.nextId += 1);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.cdp
        .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  }

  /** Runs `expression` in the panel and returns its (JSON) value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the side panel: ${exceptionDetails.text}`);
    return result.value;
  }

  /** The elements with this role and accessible name, as Chrome's accessibility tree has them. */
  private async find(role: string, name?: string): Promise<number[]> {
    const { root } = await this.send<{ root: { nodeId: number } }>('DOM.getDocument', { depth: 0 });
    const { nodes } = await this.send<{ nodes: { backendDOMNodeId?: number; ignored: boolean }[] }>('Accessibility.queryAXTree', {
      nodeId: root.nodeId,
      role,
      ...(name === undefined ? {} : { accessibleName: name }),
    });
    return nodes.filter((n) => !n.ignored && n.backendDOMNodeId !== undefined).map((n) => n.backendDOMNodeId!);
  }

  /**
   * Waits until an element with this role and name is there, then runs `use` on the
   * `index`th; again while the page re-renders under it (a node id gone stale).
   */
  private async withElement<T>(role: string, name: string | undefined, index: number, use: (backendNodeId: number) => Promise<T>, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const backendNodeId = (await this.find(role, name))[index];
        if (backendNodeId !== undefined) return await use(backendNodeId);
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) throw new Error(`the side panel has no ${role} #${index} named ${JSON.stringify(name)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Waits until an element with this role and name is there. */
  async waitFor(role: string, name?: string, timeoutMs = 10_000): Promise<void> {
    await this.withElement(role, name, 0, () => Promise.resolve(), timeoutMs);
  }

  /** Focuses the `index`th element with this role and name, as a Tab to it would. */
  async focus(role: string, name?: string, index = 0): Promise<void> {
    await this.withElement(role, name, index, (backendNodeId) => this.send('DOM.focus', { backendNodeId }));
  }

  /** The visible text of the first element with this role and name ('' when there is none yet). */
  async text(role: string, name?: string): Promise<string> {
    try {
      const [backendNodeId] = await this.find(role, name);
      if (backendNodeId === undefined) return '';
      const { object } = await this.send<{ object: { objectId: string } }>('DOM.resolveNode', { backendNodeId });
      const { result } = await this.send<{ result: { value: string } }>('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return this.innerText; }',
        returnByValue: true,
      });
      return result.value;
    } catch {
      return ''; // re-rendered while read: callers poll
    }
  }

  /** Presses a key as the keyboard does: "1", "Enter", "Tab", "Control+Enter", "Control+a"… */
  async press(combo: string): Promise<void> {
    const parts = combo.split('+');
    const key = parts.pop()!;
    const modifiers = parts.reduce((sum, m) => sum | (MODIFIERS[m] ?? 0), 0);
    const spec = KEYS[key];
    if (!spec) throw new Error(`no key ${key} in the side panel driver's table`);
    const text = modifiers & (MODIFIERS.Control! | MODIFIERS.Meta!) ? undefined : spec.text;
    const event = { key, code: spec.code, windowsVirtualKeyCode: spec.keyCode, modifiers, ...(text ? { text, unmodifiedText: text } : {}) };
    await this.send('Input.dispatchKeyEvent', { type: text ? 'keyDown' : 'rawKeyDown', ...event });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
  }

  /** Types text into the focused field, as an input method would. */
  async type(text: string): Promise<void> {
    await this.send('Input.insertText', { text });
  }

  async detach(): Promise<void> {
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
    await this.cdp.detach().catch(() => undefined);
  }
}
