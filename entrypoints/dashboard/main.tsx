import '../../lib/domain/no-eval';
import { render } from 'preact';
import { loadLocale, pickLocale } from '../../lib/i18n';
import { createBuilderModel } from '../../lib/state/builder';
import { getDb } from '../../lib/store';
import { App } from './App';
import '../sidepanel/style.css';
import './style.css';

const locale = pickLocale(navigator.languages);
document.documentElement.lang = locale;
const texts = loadLocale(locale);

const model = createBuilderModel(getDb());
addEventListener('pagehide', () => model.dispose());

const root = document.getElementById('app');
if (root) void texts.then(() => render(<App model={model} />, root));
