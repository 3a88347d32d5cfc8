/*
 * Proposes a CSS selector for an element an admin picked on a host page, for a custom
 * detector rule. Robust first: a stable id, a data-* attribute, an aria-label or a name,
 * then a short path of tags and stable classes from the nearest such anchor, and
 * :nth-of-type only as a last resort. Every proposal is verified to match exactly the
 * picked element. Pure: reads only the document; runs in the content script (keep small).
 */

/** data-* attributes test and app authors keep stable on purpose, tried first. */
const PREFERRED_DATA = ['data-testid', 'data-test', 'data-qa', 'data-cy', 'data-field'];
const MAX_VALUE = 80;
const MAX_DEPTH = 5;

/** Generated names (framework ids, CSS-module hashes, counters) change between builds or page loads. */
export function looksStable(token: string): boolean {
  if (token.length === 0 || token.length > MAX_VALUE || /\d{3,}/.test(token)) return false;
  if (/^(?:css|sc|jsx|ember|svelte|emotion|ng)-|^_|[:\s]/.test(token)) return false;
  return token.split(/[-_]/).every((part) => part.length < 5 || !/\d/.test(part) || !/[a-z]/i.test(part));
}

function escape(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
    ? CSS.escape(value)
    : value.replace(/[^\w-]/g, (c) => `\\${c}`);
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** Whether `selector` matches `element` and nothing else in `root`. */
export function matchesOnly(root: ParentNode, selector: string, element: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

/** Selectors naming `element` by itself, most robust first (not yet checked for uniqueness). */
function ownSelectors(element: Element): string[] {
  const tag = element.localName;
  const found: string[] = [];
  if (element.id && looksStable(element.id)) found.push(`#${escape(element.id)}`);
  const data = [...element.attributes]
    .filter((a) => a.name.startsWith('data-') && a.value.length <= MAX_VALUE && looksStable(a.value || 'x'))
    .sort((a, b) => rank(a.name) - rank(b.name));
  for (const attribute of data) {
    found.push(attribute.value ? `[${attribute.name}=${quote(attribute.value)}]` : `${tag}[${attribute.name}]`);
  }
  for (const name of ['aria-label', 'name', 'itemprop', 'role']) {
    const value = element.getAttribute(name);
    if (value && value.length <= MAX_VALUE) found.push(`${tag}[${name}=${quote(value)}]`);
  }
  return found;
}

function rank(name: string): number {
  const index = PREFERRED_DATA.indexOf(name);
  return index === -1 ? PREFERRED_DATA.length : index;
}

/** tag plus up to two stable classes. */
function step(element: Element): string {
  const classes = [...element.classList].filter(looksStable).slice(0, 2);
  return element.localName + classes.map((c) => `.${escape(c)}`).join('');
}

function nthOfType(element: Element): string {
  let index = 1;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.localName === element.localName) index += 1;
  }
  return `${step(element)}:nth-of-type(${index})`;
}

/**
 * A selector that matches `element` and only it in its document, or null when none short
 * enough was found. The detector reads the first match, so uniqueness is what makes the
 * rule read this field and not a look-alike elsewhere on the page.
 */
export function proposeSelector(element: Element): string | null {
  const doc = element.ownerDocument;
  const own = ownSelectors(element).find((selector) => matchesOnly(doc, selector, element));
  if (own) return own;

  // A path below the nearest uniquely named ancestor (or the body), each step tag + classes.
  const path: Element[] = [];
  let anchor: string | null = null;
  for (let current: Element | null = element; current && path.length < MAX_DEPTH; current = current.parentElement) {
    if (current !== element) {
      anchor = ownSelectors(current).find((selector) => matchesOnly(doc, selector, current)) ?? null;
      if (anchor) break;
    }
    if (current === doc.body || current === doc.documentElement) break;
    path.unshift(current);
  }
  const prefix = anchor ? `${anchor} ` : '';
  // Shortest tail first: `anchor .name`, then `anchor div > .name`, …
  for (let from = path.length - 1; from >= 0; from -= 1) {
    const selector = prefix + path.slice(from).map(step).join(' > ');
    if (matchesOnly(doc, selector, element)) return selector;
  }
  // Last resort: position among siblings, from the innermost step outwards.
  const steps = path.map(step);
  for (let i = path.length - 1; i >= 0; i -= 1) {
    steps[i] = nthOfType(path[i]!);
    const selector = prefix + steps.join(' > ');
    if (matchesOnly(doc, selector, element)) return selector;
  }
  return null;
}

/** The element's text as the detector would read it: whitespace collapsed, bounded. */
export function elementText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
}
