import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { SignInForm } from '../../components/SignInForm';
import { formatDateTime, formatScore, getLocale, loadLocale, loadPageLocale, pickLocale, setLocale, t, type MessageKey } from '../../lib/i18n';
import { en } from '../../lib/i18n/messages/en';
import { fi } from '../../lib/i18n/messages/fi';
import { sv } from '../../lib/i18n/messages/sv';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

beforeAll(async () => {
  await loadLocale('fi');
  await loadLocale('sv');
  setLocale('en');
});

afterEach(() => {
  cleanup();
  setLocale('en');
});

describe('UI text', () => {
  test.each([
    ['fi', fi],
    ['sv', sv],
  ])('the %s catalog fills in the same {placeholders} as English, key by key', (_, catalog) => {
    for (const [key, text] of Object.entries(catalog)) {
      expect(placeholders(text), key).toEqual(placeholders(en[key as MessageKey]));
    }
  });

  test('the browser’s languages pick the catalog; a key the catalog lacks falls back to English', () => {
    expect(pickLocale(['fi-FI', 'en'])).toBe('fi');
    expect(pickLocale(['sv-FI'])).toBe('sv');
    expect(pickLocale(['de-DE'])).toBe('en');
    setLocale('fi');
    expect(t('session.signedInAs', { name: 'Aino', role: t('role.agent') })).toContain('Aino');
    expect(t('app.title')).toBe('Laatu');
  });

  test('a Finnish user signs in with Finnish labels and names', () => {
    setLocale('fi');
    render(<SignInForm defaultServerUrl="http://127.0.0.1:8787" busy={false} error={null} onSubmit={() => {}} />);
    expect(screen.getByRole('button', { name: fi['signIn.submit'] })).toBeTruthy();
    expect(screen.getByLabelText(fi['signIn.email']!)).toBeTruthy();
  });

  test('a catalog loads when its locale is chosen; switching to one not loaded is refused', async () => {
    vi.resetModules();
    const fresh = await import('../../lib/i18n');
    expect(() => fresh.setLocale('sv')).toThrow(/not loaded/);
    expect(fresh.getLocale()).toBe('en');
    await fresh.loadLocale('sv');
    expect(fresh.t('signIn.submit')).toBe(sv['signIn.submit']);
  });

  test('a page takes the first of the browser’s languages Laatu speaks, and names it on <html>', async () => {
    const root = document.createElement('html');
    await loadPageLocale(['de-DE', 'sv-FI', 'fi'], root);
    expect([getLocale(), root.lang]).toEqual(['sv', 'sv']);
    await loadPageLocale(['de-DE'], root);
    expect([getLocale(), root.lang]).toEqual(['en', 'en']);
  });

  test('scores are written as the locale writes decimals', () => {
    expect(formatScore(85.25)).toBe('85.3');
    expect(formatScore(100)).toBe('100.0');
    setLocale('fi');
    expect(formatScore(85.25)).toBe('85,3');
    setLocale('sv');
    expect(formatScore(1234.5)).toBe('1234,5');
  });

  test('dates follow the locale', () => {
    setLocale('fi');
    const finnish = formatDateTime('2026-11-24T10:05:00.000Z');
    setLocale('en');
    expect(formatDateTime('2026-11-24T10:05:00.000Z')).not.toBe(finnish);
  });
});
