import '../../lib/domain/no-eval';
import { render } from 'preact';
import { loadPageLocale } from '../../lib/i18n';
import { createRulesModel } from '../../lib/state/rules';
import { getDb } from '../../lib/store';
import { getSession } from '../../lib/store/session';
import { App } from './App';
import { hostTabPort, rulesApi } from './ports';
import '../sidepanel/style.css';
import './style.css';

async function start(root: HTMLElement): Promise<void> {
  const [session] = await Promise.all([getSession(getDb()), loadPageLocale(navigator.languages, document.documentElement)]);
  const user = session && !session.expired ? session.user : null;
  const model =
    session && user?.role === 'admin' ? createRulesModel(rulesApi(session.serverUrl, session.token), hostTabPort) : null;
  if (model) {
    void model.load();
    addEventListener('pagehide', () => model.dispose());
  }
  render(<App user={user} model={model} />, root);
}

const root = document.getElementById('app');
if (root) void start(root);
