import '../../lib/domain/no-eval';
import { render } from 'preact';
import { pickLocale, setLocale } from '../../lib/i18n';
import { createBuilderModel } from '../../lib/state/builder';
import { getDb } from '../../lib/store';
import { App } from './App';
import '../sidepanel/style.css';
import './style.css';

setLocale(pickLocale(navigator.languages));
document.documentElement.lang = navigator.language;

const model = createBuilderModel(getDb());
addEventListener('pagehide', () => model.dispose());

const root = document.getElementById('app');
if (root) render(<App model={model} />, root);
