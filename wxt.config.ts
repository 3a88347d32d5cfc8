import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve, sep } from 'node:path';
import type { Alias, AliasOptions, InlineConfig } from 'vite';

const isAliasList = (alias: AliasOptions): alias is readonly Alias[] => Array.isArray(alias);

/**
 * How the side panel's page loads, for a quick first paint:
 * - Every module the panel loads before its first paint goes into one chunk, beside the panel's
 *   own small entry chunk, instead of the handful the bundler would split them into by which
 *   other pages share them. The dashboard and rules pages load that chunk too; what is lazy
 *   (Dexie, the spreadsheet reader, the Finnish and Swedish texts) stays in chunks of its own.
 * - The tags that load them follow the body, not the panel's first script
 *   (entrypoints/panel-start.ts): the browser asks for them after that script instead of before.
 *   (The stylesheet stays in the head: the first paint must not be unstyled.)
 * Each file an extension page asks for before its first script runs costs the page's main
 * thread a few milliseconds (bench/panel-trace.ts), and that script starts the panel's reads.
 */
function sidePanelLoading(config: InlineConfig): void {
  const page = resolve('entrypoints/sidepanel/index.html');
  const own = resolve('entrypoints/sidepanel') + sep;
  const imports = new Map<string, readonly string[]>();
  let loaded: Set<string> | undefined;
  /** The side panel's static imports, followed from its page once the bundler has parsed them all. */
  const loadedByPanel = (id: string): boolean => {
    if (!loaded) {
      loaded = new Set();
      const next = [page];
      for (let module = next.pop(); module !== undefined; module = next.pop()) {
        if (loaded.has(module)) continue;
        loaded.add(module);
        next.push(...(imports.get(module) ?? []));
      }
    }
    return loaded.has(id);
  };
  config.plugins = [
    ...(config.plugins ?? []),
    { name: 'laatu:side-panel-imports', moduleParsed: (info: { id: string; importedIds: readonly string[] }) => void imports.set(info.id, info.importedIds) },
    {
      name: 'laatu:side-panel-modules-last',
      transformIndexHtml: {
        order: 'post',
        handler: (html: string, { filename }: { filename: string }) => {
          if (filename !== page) return html;
          const loading = /^\s*<(?:script type="module"[^>]*><\/script>|link rel="modulepreload"[^>]*>)\n/gm;
          const tags = html.match(loading) ?? [];
          if (tags.length === 0 || !html.includes('</body>')) throw new Error('sidePanelLoading: the side panel page is not shaped as expected');
          return html.replace(loading, '').replace('</body>', `${tags.join('')}</body>`);
        },
      },
    },
  ];
  const output = ((config.build ??= {}).rolldownOptions ??= {}).output ??= {};
  if (Array.isArray(output)) throw new Error('sidePanelLoading: expected one output');
  // The panel's own modules (entrypoints/sidepanel) stay in its entry chunk, as the other pages
  // must not run them; its stylesheet, which they share, comes first in the shared chunk's.
  const shared = (id: string) => !id.startsWith(own) || id.endsWith('.css');
  output.codeSplitting = { groups: [{ name: 'panel', test: (id: string) => loadedByPanel(id) && shared(id) }] };
}

/**
 * LAATU_TEST_HOSTS=1 builds an extension that is granted the local test origins at
 * install, so end-to-end tests need no permission prompt. The shipped build asks for
 * each contact-center site's access when the user enables Laatu there.
 */
const testHosts = process.env.LAATU_TEST_HOSTS === '1';
const TEST_ORIGINS = [
  'http://127.0.0.1/*',
  'http://localhost/*',
  // tests/e2e/platforms.e2e.test.ts serves fixture pages under these platforms' real URLs.
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://*.lightning.force.com/*',
  'https://apps.mypurecloud.com/*',
  'https://helpdesk.example.org/*',
];

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: testHosts ? '.output-test' : '.output',
  // LAATU_SOURCEMAP=1 adds source maps, to attribute a profile's time to the sources.
  vite: () => ({ plugins: [preact()], ...(process.env.LAATU_SOURCEMAP ? { build: { sourcemap: true } } : {}) }),
  hooks: {
    // The extension pages (side panel, dashboard, rules) are built together: see sidePanelLoading.
    // The detector is injected into every page of an enabled site and talks to the extension
    // through chrome.* directly: its build maps wxt/browser back to the native API, so WXT's
    // content-script wrapper does not bundle the webextension polyfill into it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.name === 'sidepanel')) return sidePanelLoading(config);
      if (!entrypoints.every((entrypoint) => entrypoint.name === 'detector' || entrypoint.name === 'picker')) return;
      const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias: AliasOptions = config.resolve?.alias ?? {};
      const list: Alias[] = isAliasList(alias)
        ? [...alias]
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [native, ...list.filter((a) => String(a.find) !== 'wxt/browser')] };
    },
  },
  manifest: {
    name: 'Laatu',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['storage', 'sidePanel', 'scripting', 'alarms', 'tabs'],
    // The Laatu server answers the extension through CORS, so no host access is needed
    // for it; each contact-center site is asked for when the user enables Laatu there.
    host_permissions: testHosts ? TEST_ORIGINS : [],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Laatu' },
    // Widget mode: agent desktops that embed a web page per interaction may embed the panel.
    web_accessible_resources: [
      {
        resources: ['sidepanel.html', 'chunks/*', 'assets/*'],
        matches: [
          'https://*.mypurecloud.com/*',
          'https://*.mypurecloud.ie/*',
          'https://*.mypurecloud.de/*',
          'https://*.mypurecloud.jp/*',
          'https://*.mypurecloud.com.au/*',
          'https://*.pure.cloud/*',
          'https://*.puzzel.com/*',
        ],
      },
    ],
  },
});
