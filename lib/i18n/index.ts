import { en, type Catalog, type MessageKey } from './messages/en';

export type { MessageKey } from './messages/en';
export type Locale = 'en' | 'fi' | 'sv';

/**
 * English is built in (every other catalog falls back to it); the others load when chosen,
 * so a page loads and parses one language's texts, not three, before it can paint.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<Partial<Catalog>>> = {
  fi: () => import('./messages/fi').then((m) => m.fi),
  sv: () => import('./messages/sv').then((m) => m.sv),
};
const catalogs: Partial<Record<Locale, Partial<Catalog>>> = { en };
let current: Locale = 'en';

export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fi' || base === 'sv' || base === 'en') return base;
  }
  return 'en';
}

/**
 * Loads the locale's catalog and makes it the current one; pages await this before their
 * first render. A catalog that fails to load leaves English (and says so in the console).
 */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' && !catalogs[locale]) {
    try {
      catalogs[locale] = await loaders[locale]();
    } catch (error) {
      console.error(`Laatu: the ${locale} texts did not load; showing English`, error);
      return;
    }
  }
  current = locale;
}

/**
 * A page's language: the first of the browser's `languages` Laatu speaks, loaded, and named
 * on `root` (the page's <html>) as the language actually shown, English if its texts failed.
 */
export async function loadPageLocale(languages: readonly string[], root: HTMLElement): Promise<void> {
  await loadLocale(pickLocale(languages));
  root.lang = current;
}

/** Switches to a locale whose catalog is loaded already (English always is). */
export function setLocale(locale: Locale): void {
  if (!catalogs[locale]) throw new Error(`The ${locale} texts are not loaded: await loadLocale('${locale}') first`);
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Looks a UI text up in the current locale, falling back to English, and fills {params}. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[current]?.[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** One formatter per locale, made when first used: making one costs about a millisecond, using it microseconds. */
function perLocale<T>(make: (locale: Locale) => T): () => T {
  const made = new Map<Locale, T>();
  return () => {
    let value = made.get(current);
    if (value === undefined) {
      value = make(current);
      made.set(current, value);
    }
    return value;
  };
}

const scoreFormat = perLocale(
  (locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }),
);
const dateTimeFormat = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }));

/** A score's percentage with one decimal, as the locale writes it ("85.3" in English, "85,3" in Finnish). */
export function formatScore(percent: number): string {
  return scoreFormat().format(percent);
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat().format(new Date(iso));
}
