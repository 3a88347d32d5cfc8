import '../../lib/domain/no-eval';
import { render } from 'preact';
import { loadPageLocale } from '../../lib/i18n';
import { createBuilderModel } from '../../lib/state/builder';
import { getDb } from '../../lib/store';
import { App } from './App';
import '../sidepanel/style.css';
import './style.css';

const texts = loadPageLocale(navigator.languages, document.documentElement);

const model = createBuilderModel(getDb());
addEventListener('pagehide', () => model.dispose());

const root = document.getElementById('app');
if (root) void texts.then(() => render(<App model={model} />, root));
