import type { CompiledField } from './compile';
import { boundedExec } from './safe-regex';

/** Page text beyond this is never looked at: a field is a name or a line, not a document. */
const MAX_RAW_TEXT = 10_000;

/** Whether `selector` matches anything; a selector the browser cannot parse matches nothing. */
export function exists(doc: ParentNode, selector: string): boolean {
  return first(doc, selector) !== null;
}

/**
 * Reads one field as plain text: the element's `textContent` (never its HTML) or one of
 * its attributes, whitespace collapsed, optionally narrowed by the field's pattern.
 * Returns undefined when the element, attribute or pattern match is not there.
 */
export function readField(doc: ParentNode, field: CompiledField): string | undefined {
  const element = first(doc, field.selector);
  if (!element) return undefined;
  const raw = field.attribute ? element.getAttribute(field.attribute) : visibleText(element);
  if (raw === null) return undefined;
  let text = plainText(raw.slice(0, MAX_RAW_TEXT));
  if (field.pattern) {
    const match = boundedExec(field.pattern, text);
    if (!match) return undefined;
    text = plainText(match[1] ?? match[0]);
  }
  return text === '' ? undefined : text;
}

/**
 * Collapses whitespace and control characters, so page layout never leaks into a field, and
 * drops invisible format characters (bidi overrides, zero-width spaces) that could disguise text.
 */
export function plainText(raw: string): string {
  return raw
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts `text` to `max` characters (an ellipsis marks the cut) without splitting a surrogate pair. */
export function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Code and templates inside an element are not its text, though `textContent` includes them. */
const NOT_TEXT = 'script, style, template, noscript';
/** `NodeFilter.SHOW_TEXT`, spelled out so this runs wherever a Document does. */
const SHOW_TEXT = 4;

/** The element's text (`textContent`), without the contents of scripts, styles and templates. */
function visibleText(element: Element): string {
  if (!element.querySelector(NOT_TEXT)) return element.textContent ?? '';
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  for (let node = walker.nextNode(); node && text.length < MAX_RAW_TEXT; node = walker.nextNode()) {
    if (!node.parentElement?.closest(NOT_TEXT)) text += node.textContent ?? '';
  }
  return text;
}

function first(doc: ParentNode, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}
