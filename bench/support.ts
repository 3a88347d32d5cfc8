// What the panel benchmarks share: the forms and evaluations they store, and writing them.
import type { Page } from 'playwright-core';
import type { SidePanelOpen } from '../tests/e2e/support/side-panel';

const yesNo = {
  kind: 'yes-no',
  options: [
    { value: 'yes', label: 'Yes', points: 1, fails: false },
    { value: 'no', label: 'No', points: 0, fails: true },
  ],
};

/** A published scorecard of `items` yes/no items in four sections, as the panel caches one. */
export function benchScorecard(id: string, items: number) {
  const perSection = Math.ceil(items / 4);
  return {
    scorecardId: id,
    version: 1,
    title: `Bench ${items} items`,
    description: '',
    status: 'published',
    publishedAt: new Date().toISOString(),
    cachedAt: new Date().toISOString(),
    sections: Array.from({ length: 4 }, (_, s) => ({
      id: `s${s}`,
      title: `Section ${s + 1}`,
      items: Array.from({ length: Math.min(perSection, items - s * perSection) }, (_, i) => ({
        id: `s${s}-i${i}`,
        text: `Item ${s + 1}.${i + 1}`,
        explanation: 'Why it matters.',
        scale: yesNo,
        allowNotApplicable: true,
        critical: 'none',
      })),
    })),
  };
}

const fullAnswers = Object.fromEntries(
  benchScorecard('bench-60', 60).sections.flatMap((section) => section.items).map((item, n) => [
    item.id,
    n % 10 === 0 ? { value: 'no', comment: 'Missed the greeting; see the note at 01:20.' } : { value: 'yes' },
  ]),
);

/**
 * The `i`th of many synced evaluations by `evaluator` of the 60-item form, a minute older than
 * the one before: a supervisor's evaluations, or an agent's self-assessments.
 */
export function benchEvaluation(i: number, evaluator: BenchUser, serverUrl: string) {
  const at = new Date(Date.now() - i * 60_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    evaluatorId: evaluator.id,
    interactionKey: `demo-desk:X-${i}`,
    interaction: { platform: 'demo-desk', externalId: `X-${i}`, channel: 'chat', url: `${serverUrl}/demo/interactions/X-${i}` },
    scorecardId: 'bench-60',
    scorecardVersion: 1,
    scorecardTitle: 'Bench 60 items',
    kind: evaluator.role === 'agent' ? 'self-assessment' : 'supervisor',
    mode: 'recording',
    notes: [],
    // As full as a real one: every item of the 60-item form answered, a few with comments.
    answers: fullAnswers,
    comment: '',
    durationSeconds: 60,
    startedAt: at,
    submittedAt: at,
    score: {
      points: 54,
      maxPoints: 60,
      percent: 90,
      failedCritical: [],
      sections: Array.from({ length: 4 }, (_, s) => ({ sectionId: `s${s}`, points: 13.5, maxPoints: 15, percent: 90, zeroed: false })),
      answered: 60,
      total: 60,
    },
    syncState: 'synced',
  };
}

/** Writes rows straight into the extension's IndexedDB from one of its pages (scorecards replace the cached ones). */
export async function putRows(page: Page, table: string, rows: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ table, rows }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('laatu');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(table, 'readwrite');
        const store = tx.objectStore(table);
        if (table === 'scorecards') store.clear();
        for (const row of rows) store.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { table, rows },
  );
}

/**
 * Who the benchmarks sign in as: a supervisor, or BENCH_USER (agent1@demo.laatu measures an
 * agent's panel, with its own lists and 10,000 self-assessments).
 */
export const BENCH_USER = process.env.BENCH_USER ?? 'supervisor1@demo.laatu';

/**
 * The interaction the panel is opened on with its 60-item draft: a ticket for a supervisor;
 * for agent1 a call of their own (an agent self-assesses only what they handled, and the
 * panel offers nothing else; T-1001, the keystroke count's, is theirs too).
 */
export const BENCH_INTERACTION = BENCH_USER === 'agent1@demo.laatu' ? 'P-3001' : 'T-1002';

/** Who is signed in, as the benchmarks need them. */
export interface BenchUser {
  id: string;
  role: string;
}

/** The signed-in user, read from the extension's IndexedDB. */
export async function readSessionUser(page: Page): Promise<BenchUser> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('laatu');
      r.onsuccess = () => resolve(r.result);
    });
    const row = await new Promise<{ user: { id: string; role: string } }>((resolve) => {
      const r = db.transaction('settings').objectStore('settings').get('session');
      r.onsuccess = () => resolve(r.result as { user: { id: string; role: string } });
    });
    db.close();
    return { id: row.user.id, role: row.user.role };
  });
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

/** The panel's marks that together make it interactive: the form answerable and the history in it (components/useFirstPaintMark). */
export const INTERACTIVE_MARKS = ['laatu:form-shown', 'laatu:history-shown'];

/** When an open became interactive: the later of INTERACTIVE_MARKS, from the click. */
export function interactiveAt(open: SidePanelOpen): number {
  return Math.max(...INTERACTIVE_MARKS.map((name) => open.marks[name] ?? Number.NaN));
}
