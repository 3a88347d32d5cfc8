import { useEffect } from 'preact/hooks';

/** How often a live co-listening counts as activity while the panel is in view: listening is evaluating. */
export const LIVE_HEARTBEAT_MS = 15_000;
/** What shows the evaluator at work in the panel without changing the evaluation. */
const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'focusin'] as const;

/**
 * Tells the evaluation of the evaluator's activity in the panel, and, during a live
 * co-listening in view, of the listening: the time spent evaluating is active time.
 */
export function useEvaluatorActivity(onActivity: () => void, live: boolean): void {
  useEffect(() => {
    for (const type of ACTIVITY) document.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) document.removeEventListener(type, onActivity, { capture: true });
    };
  }, [onActivity]);
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') onActivity();
    }, LIVE_HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [live, onActivity]);
}
