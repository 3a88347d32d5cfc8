import { en, type Catalog, type MessageKey } from './messages/en';
import { fi } from './messages/fi';
import { sv } from './messages/sv';

export type { MessageKey } from './messages/en';
export type Locale = 'en' | 'fi' | 'sv';

const catalogs: Record<Locale, Partial<Catalog>> = { en, fi, sv };
let current: Locale = 'en';

export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fi' || base === 'sv' || base === 'en') return base;
  }
  return 'en';
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Looks a UI text up in the current locale, falling back to English, and fills {params}. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[current][key] ?? en[key];
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
