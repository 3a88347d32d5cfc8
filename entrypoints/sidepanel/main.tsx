import '../../lib/domain/no-eval';
import { render } from 'preact';
import { loadPageLocale } from '../../lib/i18n';
import { createPanelModel } from '../../lib/state/panel';
import { widgetSnapshot, widgetTabs } from '../../lib/state/widget';
import { builtInRules } from '../../lib/detect';
import { disableSite, isSiteEnabled, requestSite, reconcileDetector } from '../../lib/sites';
import { platformFor } from '../../lib/sites/platforms';
import { lazyDb } from '../../lib/store/lazy-db';
import { App } from './App';
import { browserTabs } from './browser-tabs';
import { takeOver } from './start';
import './style.css';

/** How long after its first paint the panel syncs with the server. */
const SYNC_AFTER_PAINT_MS = 300;
/** How long after rendering the panel counts as painted when no frame comes. */
const PAINTED_AT_LATEST_MS = 1000;
/** The longest the first paint waits for what it shows (see PanelModel.firstData). */
const FIRST_PAINT_WAIT_MS = 400;

async function enableSite(pageUrl: string): Promise<boolean> {
  const granted = await requestSite(pageUrl);
  if (granted) await reconcileDetector();
  return granted;
}

async function disable(pageUrl: string): Promise<boolean> {
  try {
    await disableSite(pageUrl);
    return !(await isSiteEnabled(pageUrl));
  } catch {
    return false; // access granted at install cannot be removed
  }
}

// What the panel's first script (entrypoints/panel-start.ts) has started meanwhile.
const start = takeOver();
if (!start) performance.mark('laatu:script-start');
// Its texts load alongside the first data (English is built in).
const texts = loadPageLocale(navigator.languages, document.documentElement);
// Embedded as a widget, the interaction comes from the URL; otherwise the panel follows the active tab.
const widget = widgetSnapshot(new URLSearchParams(location.search), document.referrer);
let painted!: () => void;
const firstPainted = new Promise<void>((resolve) => (painted = resolve));
const startup = start ? { early: start.early, painted: firstPainted } : undefined;
const model = createPanelModel(lazyDb(), widget ? widgetTabs(widget) : browserTabs(start?.look), undefined, startup);
// The server cannot make the panel's first paint sooner, only later: it is asked once the
// panel has shown what it holds locally (pending evaluations are safe in the outbox meanwhile),
// however long that takes on a busy machine.
void firstPainted.then(() => setTimeout(() => model.connect(), SYNC_AFTER_PAINT_MS));
addEventListener('pagehide', () => model.dispose());

const root = document.getElementById('app');
const firstPaint = Promise.all([
  texts,
  Promise.race([model.firstData(), new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]),
]);
void firstPaint.then(() => {
  try {
    if (root) {
      render(
        <App model={model} enableSite={enableSite} disableSite={disable} platformFor={(url) => platformFor(url, builtInRules)} />,
        root,
      );
    }
  } finally {
    // After the frame is painted (as Preact runs effects), Dexie starts following the database
    // and the server is asked; so they do when rendering failed, or when the page is hidden
    // and paints no frame (a panel opened in a background tab).
    requestAnimationFrame(() => setTimeout(painted));
    setTimeout(painted, PAINTED_AT_LATEST_MS);
  }
});
