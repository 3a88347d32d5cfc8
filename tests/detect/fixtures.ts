import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Node's path helpers, not `new URL(..)`: under happy-dom the global URL is the window's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'demo-desk');

/**
 * A saved demo desk page (tests/fixtures/demo-desk/), parsed as the browser would; scripts
 * never run, and <link> tags are dropped so happy-dom does not try to fetch the stylesheet.
 */
export function deskFixture(name: string): Document {
  return parse(readFileSync(join(FIXTURES, `${name}.html`), 'utf8').replace(/<link\b[^>]*>/g, ''));
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A minimal page that declares itself as the demo desk and shows `article` in its <main>. */
export function deskPage(article: string): Document {
  return parse(
    `<!doctype html><html><head><meta name="application-name" content="Laatu Demo Desk"></head>` +
      `<body><nav aria-label="Queue"></nav><main>${article}</main></body></html>`,
  );
}

export const NOW = new Date('2026-11-24T15:00:00.000Z');
