import type { CompiledField } from './compile';
import { boundedExec } from './safe-regex';

/** Page text beyond this is never looked at: a field is a name or a line, not a document. */
const MAX_RAW_TEXT = 10_000;

/** Whether `selector` matches anything; a selector the browser cannot parse matches nothing. */
export function exists(doc: ParentNode, selector: string): boolean {
  // Not finding it is no gap in what was read: the rule simply does not apply to this page.
  const element = query(doc, selector);
  if (element) trace?.elements.push({ element, reads: { presence: true } });
  return element !== null;
}

/**
 * Reads one field as plain text: the element's `textContent` (never its HTML) or one of
 * its attributes, whitespace collapsed, optionally narrowed by the field's pattern.
 * Returns undefined when the element, attribute or pattern match is not there.
 */
export function readField(doc: ParentNode, field: CompiledField): string | undefined {
  const element = first(doc, field.selector);
  if (!element) return undefined;
  trace?.elements.push({ element, reads: field.attribute ? { attribute: field.attribute } : { text: true } });
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

/** What one detection looked at: the elements it read, and whether any lookup found nothing. */
export interface ReadTrace {
  /** Each element read, and what of it: its text, one attribute (by name), or only that it is there. */
  elements: { element: Element; reads: { text: true } | { attribute: string } | { presence: true } }[];
  incomplete: boolean;
}

let trace: ReadTrace | null = null;

/**
 * Runs `read` and returns what it looked at, so that the content script can tell a DOM
 * change that touches what it read (re-read) from one elsewhere on the page (a chat line
 * appended: nothing to do).
 */
export function traced<T>(read: () => T): { result: T; trace: ReadTrace } {
  const mine: ReadTrace = { elements: [], incomplete: false };
  trace = mine;
  try {
    return { result: read(), trace: mine };
  } finally {
    trace = null;
  }
}

/**
 * Whether a DOM change may change what a read saw: it happened in or around an element
 * the read looked at, or removed one (a removed element is no longer inside the change's
 * target). After a read that missed something, any change may be what it was waiting for.
 */
export function mayChange(record: MutationRecord, read: ReadTrace): boolean {
  if (read.incomplete) return true;
  const { target, removedNodes } = record;
  return read.elements.some(({ element, reads }) => {
    // Around it: it may have been replaced, or an earlier match of its selector inserted.
    if (target.contains(element)) return true;
    if (Array.prototype.some.call(removedNodes, (node: Node) => node.contains(element))) return true;
    if ('text' in reads) return element.contains(target);
    return 'attribute' in reads && record.type === 'attributes' && target === element && record.attributeName === reads.attribute;
  });
}

/** Starts the trace afresh: only what the rule that finally reads the page looked at counts. */
export function retrace(): void {
  if (trace) {
    trace.elements = [];
    trace.incomplete = false;
  }
}

function first(doc: ParentNode, selector: string): Element | null {
  const element = query(doc, selector);
  if (trace && !element) trace.incomplete = true;
  return element;
}

function query(doc: ParentNode, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null; // a selector the browser cannot parse matches nothing
  }
}
