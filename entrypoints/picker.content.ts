import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerPickerRequests } from '../lib/picker/content-script';
import { pickElement } from '../lib/picker/overlay';

type Marked = typeof globalThis & { laatuPicker?: ContentScriptContext };

/**
 * The element picker, injected by the rule editor into the host tab only when an admin
 * picks a selector (lib/picker), so the detector every page carries stays small.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const marked = globalThis as Marked;
    if (marked.laatuPicker && !marked.laatuPicker.isInvalid) return; // injected before
    marked.laatuPicker = ctx;
    answerPickerRequests(ctx.signal, (signal) => pickElement(document, signal));
  },
});
