import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const manifest = (dir: string) =>
  JSON.parse(readFileSync(`${dir}/chrome-mv3/manifest.json`, 'utf8')) as {
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_scripts?: { matches: string[] }[];
    permissions?: string[];
  };

describe('permissions of the built extension', () => {
  test('the shipped build asks for no site at install, only when the user enables one', () => {
    const shipped = manifest('.output');
    expect(shipped.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(shipped)).not.toContain('<all_urls>');
    expect(shipped.content_scripts ?? []).toEqual([]);
    expect(shipped.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  test('only the test build is granted the test origins at install: local ones and the platforms e2e serves', () => {
    expect(manifest('.output-test').host_permissions).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
      'https://*.zendesk.com/*',
      'https://*.freshdesk.com/*',
      'https://*.lightning.force.com/*',
      'https://apps.mypurecloud.com/*',
      'https://helpdesk.example.org/*',
    ]);
  });
});
