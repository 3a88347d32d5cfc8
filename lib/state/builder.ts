import { batch, computed, signal } from '@preact/signals';
import {
  toDraftInput,
  yesNoScale,
  type Answers,
  type PublishProblem,
  type ScorecardDraftInput,
  type ScorecardItem,
  type ScorecardSection,
  type ScorecardSummary,
  type ScorecardVersion,
} from '../domain';
import { t } from '../i18n';
import { importScorecardFile, type RowProblem } from '../scorecard-io';
import { scoreEvaluation, validateForPublishing } from '../scoring';
import { getSession, type LaatuDb, type SessionRow } from '../store';
import type { FetchLike } from '../sync/api';
import { PublishRefused, ScorecardsApi } from '../sync/scorecards-api';
import { liveSignal } from './live';

export type SaveState = { kind: 'idle' } | { kind: 'local' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A new item as the builder adds it: a yes/no question worth one point. */
export function newItem(text = t('builder.newItem')): ScorecardItem {
  return { id: newId('item'), text, explanation: '', scale: yesNoScale(1), allowNotApplicable: true, critical: 'none' };
}

export function newSection(title = t('builder.newSection')): ScorecardSection {
  return { id: newId('section'), title, items: [] };
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  if (moved === undefined || to < 0 || to > copy.length) return [...list];
  copy.splice(to, 0, moved);
  return copy;
}

/** Pure edits of a draft's sections; every one returns a new version object. */
export const edits = {
  addSection: (v: ScorecardVersion): ScorecardVersion => ({ ...v, sections: [...v.sections, newSection()] }),
  removeSection: (v: ScorecardVersion, s: number): ScorecardVersion => ({ ...v, sections: v.sections.filter((_, i) => i !== s) }),
  moveSection: (v: ScorecardVersion, from: number, to: number): ScorecardVersion => ({ ...v, sections: move(v.sections, from, to) }),
  updateSection: (v: ScorecardVersion, s: number, patch: Partial<ScorecardSection>): ScorecardVersion => ({
    ...v,
    sections: v.sections.map((section, i) => (i === s ? { ...section, ...patch } : section)),
  }),
  /** Adds a new item at `at` (default: the end of the section). */
  addItem: (v: ScorecardVersion, s: number, at?: number): ScorecardVersion => {
    const items = v.sections[s]?.items ?? [];
    const where = at ?? items.length;
    return edits.updateSection(v, s, { items: [...items.slice(0, where), newItem(), ...items.slice(where)] });
  },
  updateItem: (v: ScorecardVersion, s: number, i: number, patch: Partial<ScorecardItem>): ScorecardVersion =>
    edits.updateSection(v, s, { items: (v.sections[s]?.items ?? []).map((item, n) => (n === i ? { ...item, ...patch } : item)) }),
  removeItem: (v: ScorecardVersion, s: number, i: number): ScorecardVersion =>
    edits.updateSection(v, s, { items: (v.sections[s]?.items ?? []).filter((_, n) => n !== i) }),
  /** Moves an item to another place, in its own section or another (drag and drop). */
  moveItem: (v: ScorecardVersion, from: [number, number], to: [number, number]): ScorecardVersion => {
    const item = v.sections[from[0]]?.items[from[1]];
    if (!item || !v.sections[to[0]]) return v;
    const without = edits.removeItem(v, from[0], from[1]);
    const target = without.sections[to[0]]?.items ?? [];
    const at = Math.max(0, Math.min(target.length, to[1]));
    return edits.updateSection(without, to[0], { items: [...target.slice(0, at), item, ...target.slice(at)] });
  },
};

/**
 * The scorecard builder of the dashboard page: the admin's list of scorecards and the one
 * being edited. Every edit is written to Dexie at once and sent to the server shortly
 * after, so a closed tab or a lost connection loses nothing.
 */
export function createBuilderModel(db: LaatuDb, fetchImpl?: FetchLike, options: { saveDelayMs?: number } = {}) {
  const saveDelayMs = options.saveDelayMs ?? 700;
  const live = liveSignal<SessionRow | undefined | null>(db, getSession, null);
  const session = live.value;
  const user = computed(() => session.value?.user ?? null);
  const api = computed(() => {
    const s = session.value;
    return s ? new ScorecardsApi(s.serverUrl, s.token, fetchImpl) : null;
  });

  const list = signal<ScorecardSummary[] | null>(null);
  const current = signal<ScorecardVersion | null>(null);
  const answers = signal<Answers>({});
  const saveState = signal<SaveState>({ kind: 'idle' });
  const serverProblems = signal<PublishProblem[]>([]);
  const importProblems = signal<RowProblem[]>([]);
  const notice = signal<string | null>(null);
  const error = signal<string | null>(null);
  const busy = signal(false);

  const editable = computed(() => current.value?.status === 'draft');
  const problems = computed(() => (current.value ? validateForPublishing(current.value) : []));
  const score = computed(() => (current.value ? scoreEvaluation(current.value, answers.value) : null));

  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  async function run<T>(work: (client: ScorecardsApi) => Promise<T>): Promise<T | undefined> {
    const client = api.value;
    if (!client) return undefined;
    busy.value = true;
    error.value = null;
    try {
      return await work(client);
    } catch (failure) {
      error.value = t('error.generic', { message: message(failure) });
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  async function refresh(): Promise<void> {
    const found = await run((client) => client.list());
    if (found) list.value = found;
  }

  function show(version: ScorecardVersion): void {
    batch(() => {
      current.value = version;
      answers.value = {};
      serverProblems.value = [];
      saveState.value = { kind: version.status === 'draft' ? 'saved' : 'idle' };
    });
  }

  /** Opens a scorecard's latest version; unsaved local work on that draft wins over the server's copy. */
  async function open(scorecardId: string): Promise<void> {
    notice.value = null;
    const versions = await run((client) => client.versions(scorecardId));
    const latest = versions?.[0];
    const local = await db.scorecardDrafts.get(scorecardId);
    if (latest) {
      const unsaved = local && local.userId === user.value?.id && !local.savedAt && local.version.version === latest.version && latest.status === 'draft';
      show(unsaved ? local.version : latest);
      if (unsaved) schedule();
    } else if (local && local.userId === user.value?.id) {
      show(local.version);
      saveState.value = { kind: 'local' };
    }
  }

  async function create(input: ScorecardDraftInput): Promise<void> {
    const created = await run((client) => client.create(input));
    if (created) {
      show(created);
      await refresh();
    }
  }

  async function startDraft(): Promise<void> {
    const id = current.value?.scorecardId;
    const draft = id && (await run((client) => client.openDraft(id)));
    if (draft) show(draft);
  }

  async function duplicate(scorecardId: string): Promise<void> {
    const copy = await run((client) => client.duplicate(scorecardId));
    if (copy) {
      show(copy);
      await refresh();
    }
  }

  async function archive(scorecardId: string): Promise<void> {
    await run((client) => client.archive(scorecardId));
    await refresh();
  }

  /** Applies one edit: kept in memory, written to this device, and scheduled for the server. */
  function update(edit: (version: ScorecardVersion) => ScorecardVersion): void {
    const version = current.value;
    if (!version || version.status !== 'draft') return;
    const next = edit(version);
    current.value = next;
    serverProblems.value = [];
    saveState.value = { kind: 'local' };
    const userId = user.value?.id ?? '';
    void db.scorecardDrafts.put({ id: next.scorecardId, userId, version: next, updatedAt: new Date().toISOString() });
    schedule();
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), saveDelayMs);
  }

  /** Sends the draft to the server now; resolves when this and any earlier save finished. */
  function saveNow(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    saving = saving.then(async () => {
      const version = current.value;
      const client = api.value;
      if (!version || version.status !== 'draft' || !client) return;
      saveState.value = { kind: 'saving' };
      try {
        await client.saveDraft(version.scorecardId, version.version, toDraftInput(version));
        await db.scorecardDrafts.update(version.scorecardId, { savedAt: new Date().toISOString() });
        if (current.value === version) saveState.value = { kind: 'saved' };
      } catch (failure) {
        saveState.value = { kind: 'failed', message: message(failure) };
      }
    });
    return saving;
  }

  async function publish(): Promise<void> {
    const version = current.value;
    if (!version || problems.value.length > 0) return;
    await saveNow();
    if (saveState.value.kind === 'failed') return;
    const client = api.value;
    if (!client) return;
    busy.value = true;
    try {
      const published = await client.publish(version.scorecardId, version.version);
      show(published);
      notice.value = t('builder.published', { version: published.version });
      await db.scorecardDrafts.delete(version.scorecardId);
      await refresh();
    } catch (failure) {
      if (failure instanceof PublishRefused) serverProblems.value = failure.problems;
      else error.value = t('error.generic', { message: message(failure) });
    } finally {
      busy.value = false;
    }
  }

  async function importFile(file: File): Promise<void> {
    notice.value = null;
    importProblems.value = [];
    const read = await importScorecardFile(file);
    if (!read.ok) {
      importProblems.value = read.problems;
      return;
    }
    await create(read.scorecard);
    if (current.value) notice.value = t('io.imported', { title: read.scorecard.title });
  }

  function back(): void {
    void saveNow();
    current.value = null;
    notice.value = null;
    void refresh();
  }

  function answer(itemId: string, value: string): void {
    answers.value = { ...answers.value, [itemId]: { value } };
  }

  function dispose(): void {
    live.stop();
    if (timer) void saveNow();
  }

  return {
    session, user, list, current, answers, saveState, serverProblems, importProblems, notice, error, busy,
    editable, problems, score,
    refresh, open, create, startDraft, duplicate, archive, update, saveNow, publish, importFile, back, answer, dispose,
  };
}

export type BuilderModel = ReturnType<typeof createBuilderModel>;
