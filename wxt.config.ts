import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Alias, AliasOptions } from 'vite';

const isAliasList = (alias: AliasOptions): alias is readonly Alias[] => Array.isArray(alias);

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
    // The detector is injected into every page of an enabled site and talks to the extension
    // through chrome.* directly: its build maps wxt/browser back to the native API, so WXT's
    // content-script wrapper does not bundle the webextension polyfill into it.
    'vite:build:extendConfig': (entrypoints, config) => {
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
