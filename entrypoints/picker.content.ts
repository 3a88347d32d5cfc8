import { answerPickerRequests, firstInjection } from '../lib/picker/content-script';
import { pickElement } from '../lib/picker/overlay';

/**
 * The element picker, injected by the rule editor into the host tab only when an admin
 * picks a selector (lib/picker), so the detector every page carries stays small.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    if (!firstInjection('laatuPicker', ctx)) return; // injected before
    answerPickerRequests(ctx.signal, (signal) => pickElement(document, signal));
  },
});
