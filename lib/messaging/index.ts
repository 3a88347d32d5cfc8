import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import { InteractionSnapshot } from '../domain';
import { DetectorRule } from '../detect/rule';

/**
 * Every message between extension contexts is one of these schemas, checked on receipt.
 * Content scripts may only report what they saw; anything privileged comes from
 * extension pages, and the sender decides which set a message is checked against.
 */
export const ContentScriptMessage = lazySchema(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('interaction/detected'), snapshot: InteractionSnapshot }),
  z.object({ type: z.literal('interaction/none'), url: z.url().max(2000) }),
]));
export type ContentScriptMessage = z.infer<typeof ContentScriptMessage>;

export const ExtensionPageMessage = lazySchema(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('sync/now') }),
  z.object({ type: z.literal('sites/reconcile') }),
]));
export type ExtensionPageMessage = z.infer<typeof ExtensionPageMessage>;

/**
 * What extension pages (the rule editor) ask the detector content script, through
 * `tabs.sendMessage`, which a content script receives only from its own extension. The
 * content script does not bundle zod and checks these shapes with plain code; its answers
 * are checked here, on the page side, with `DetectTestAnswer` and `PickerAnswer`.
 */
export const ContentScriptRequest = lazySchema(() => z.discriminatedUnion('type', [
  /** Run this one rule on the page and answer what it reads. */
  z.object({ type: z.literal('detect/test'), rule: DetectorRule }),
  /** Let the user click an element; answer a selector for it and its text. */
  z.object({ type: z.literal('picker/start') }),
]));
export type ContentScriptRequest = z.infer<typeof ContentScriptRequest>;

export const DetectTestAnswer = lazySchema(() => z.object({ snapshot: InteractionSnapshot.nullable() }));
export type DetectTestAnswer = z.infer<typeof DetectTestAnswer>;

export const PickerAnswer = lazySchema(() => z.union([
  z.object({ selector: z.string().min(1).max(300), text: z.string().max(500) }),
  z.object({ cancelled: z.literal(true) }),
]));
export type PickerAnswer = z.infer<typeof PickerAnswer>;

/** The parts of runtime.MessageSender we decide trust from. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export type Received =
  | { ok: true; from: 'content-script'; tabId: number; message: ContentScriptMessage }
  | { ok: true; from: 'extension-page'; message: ExtensionPageMessage }
  | { ok: false; error: string };

/** scheme://host, also for chrome-extension: URLs (whose WHATWG `origin` may be "null"). */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * Validates a message and decides who sent it, once, from the sender's origin
 * (a compromised page renderer can forge a message body, not its sender origin).
 */
export function receive(raw: unknown, sender: SenderLike, extensionId: string, extensionOrigin: string): Received {
  if (sender.id !== extensionId) return { ok: false, error: 'message from another extension refused' };
  const senderOrigin = sender.origin ?? originOf(sender.url);
  if (senderOrigin === extensionOrigin) {
    const parsed = ExtensionPageMessage.safeParse(raw);
    return parsed.success
      ? { ok: true, from: 'extension-page', message: parsed.data }
      : { ok: false, error: `invalid extension-page message: ${describeIssue(parsed.error)}` };
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0) {
    return { ok: false, error: 'content messages are accepted from top frames of tabs only' };
  }
  const parsed = ContentScriptMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid content-script message: ${describeIssue(parsed.error)}` };
  const reported = parsed.data.type === 'interaction/detected' ? parsed.data.snapshot.url : parsed.data.url;
  if (originOf(reported) !== senderOrigin) {
    return { ok: false, error: 'a content script may only report its own page' };
  }
  return { ok: true, from: 'content-script', tabId, message: parsed.data };
}

export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
