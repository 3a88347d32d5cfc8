import { elementText, proposeSelector } from './propose';

export type Picked = { selector: string; text: string } | { cancelled: true };

/**
 * Lets the admin pick an element of the host page: a plain box follows the element under
 * the pointer, a click picks it, Esc cancels. Page clicks are swallowed while picking so
 * the host app does not react. The box is drawn with plain DOM; no host HTML is copied.
 */
export function pickElement(doc: Document, signal: AbortSignal): Promise<Picked> {
  return new Promise((resolve) => {
    const box = doc.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    box.style.cssText =
      'position:fixed;z-index:2147483647;pointer-events:none;border:2px solid #c2185b;' +
      'background:rgba(194,24,91,.12);border-radius:2px;display:none;box-sizing:border-box';
    doc.documentElement.append(box);
    const stop = new AbortController();
    const on = <K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void) =>
      doc.defaultView?.addEventListener(type, listener, { capture: true, signal: stop.signal });
    const finish = (result: Picked) => {
      stop.abort();
      box.remove();
      resolve(result);
    };
    signal.addEventListener('abort', () => finish({ cancelled: true }), { signal: stop.signal });

    const target = (event: Event) => (event.target instanceof Element && event.target !== box ? event.target : null);
    on('mousemove', (event) => {
      const element = target(event);
      if (!element) return;
      const r = element.getBoundingClientRect();
      Object.assign(box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    });
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick'] as const) on(type, swallow);
    on('click', (event) => {
      swallow(event);
      const element = target(event);
      const selector = element && proposeSelector(element);
      finish(element && selector ? { selector, text: elementText(element) } : { cancelled: true });
    });
    on('keydown', (event) => {
      if (event.key !== 'Escape') return;
      swallow(event);
      finish({ cancelled: true });
    });
  });
}
