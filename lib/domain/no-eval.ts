import { z } from 'zod';

/**
 * Imported first by every extension entrypoint. Extension pages and the service worker run
 * under a CSP without 'unsafe-eval', so zod's compiled (new Function) parsers cannot run
 * there. Told so up front, zod skips its probe for eval too, which the CSP refuses with a
 * thrown error: the first schema the panel builds on opening (the tab registry's) took a
 * median 9 ms with the probe and 6 ms without (8 opens each). The server keeps the
 * compiled parsers.
 */
z.config({ jitless: true });
