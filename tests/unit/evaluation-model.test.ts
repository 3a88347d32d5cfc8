import { signal } from '@preact/signals';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { interactionKey, type InteractionSnapshot, type ScorecardVersion, type User } from '../../lib/domain';
import { createEvaluationModel, TYPING_DEBOUNCE_MS, type EvaluationModel } from '../../lib/state/evaluation';
import { getDraft, type LaatuDb } from '../../lib/store';
import { scorecard, snapshot, supervisor, testDb } from './fixtures';

const rushForm: ScorecardVersion = {
  ...scorecard,
  scorecardId: 'rush-hour',
  title: 'Rush-hour call',
  sections: [{ id: 'rush', title: 'Rush', items: [{ ...scorecard.sections[0]!.items[0]!, id: 'rush-friendly', text: 'Stays friendly' }] }],
};

let model: EvaluationModel | undefined;
afterEach(() => model?.dispose());

/** Makes the next draft reads wait until `release` is called, as a busy IndexedDB does. */
function slowDraftReads(db: LaatuDb) {
  const read = db.drafts.get.bind(db.drafts);
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  db.drafts.get = ((key: string) => gate.then(() => read(key))) as typeof db.drafts.get;
  return () => release();
}

function setUp(db: LaatuDb) {
  const user = signal<User | null>(supervisor);
  const interaction = signal<InteractionSnapshot | null>(snapshot('T-1'));
  const card = signal<ScorecardVersion | null>(scorecard);
  model = createEvaluationModel({ db, user, interaction, scorecard: card });
  return { interaction, card, model };
}

const draftOf = (db: LaatuDb, id: string) => getDraft(db, supervisor.id, interactionKey(snapshot(id)));

describe('an evaluation in progress is never lost', () => {
  test('an answer given while the draft is still being read is kept over the draft', async () => {
    const db = testDb();
    const first = setUp(db);
    await first.model.answer('greets', 'yes');
    first.model.setComment('Good opening.');
    first.model.dispose();
    await vi.waitFor(async () => expect((await draftOf(db, 'T-1'))?.comment).toBe('Good opening.'));

    const release = slowDraftReads(db);
    const { model: reopened } = setUp(db);
    await reopened.answer('identity', 'no'); // clicked before the draft came back
    release();
    await vi.waitFor(() => expect(reopened.draftRestored.value).toBe(true));
    expect(reopened.answers.value).toMatchObject({ greets: { value: 'yes' }, identity: { value: 'no' } });
    expect(reopened.comment.value).toBe('Good opening.');
    await vi.waitFor(async () =>
      expect((await draftOf(db, 'T-1'))?.answers).toMatchObject({ greets: { value: 'yes' }, identity: { value: 'no' } }),
    );
  });

  test('a draft read before the scorecards are keeps its answers when they come', async () => {
    const db = testDb();
    const first = setUp(db);
    await first.model.answer('greets', 'yes');
    await vi.waitFor(async () => expect((await draftOf(db, 'T-1'))?.answers).toMatchObject({ greets: { value: 'yes' } }));
    first.model.dispose();

    const user = signal<User | null>(supervisor);
    const interaction = signal<InteractionSnapshot | null>(snapshot('T-1'));
    const card = signal<ScorecardVersion | null>(null); // the scorecards' query has not answered yet
    model = createEvaluationModel({ db, user, interaction, scorecard: card });
    await vi.waitFor(() => expect(model!.draftRestored.value).toBe(true));
    card.value = scorecard;
    expect(model.answers.value).toMatchObject({ greets: { value: 'yes' } });
    await model.answer('agenda', 'yes');
    expect((await draftOf(db, 'T-1'))?.answers).toMatchObject({ greets: { value: 'yes' }, agenda: { value: 'yes' } });
  });

  test('a detected agent is detected again on reopening; an agent the evaluator named is kept', async () => {
    const db = testDb();
    const first = setUp(db);
    expect(first.model.agentEmail.value).toBe('agent1@demo.laatu');
    await first.model.answer('greets', 'yes');
    await vi.waitFor(async () => expect((await draftOf(db, 'T-1'))?.answers).toMatchObject({ greets: { value: 'yes' } }));
    expect((await draftOf(db, 'T-1'))?.agentEmail).toBeUndefined();
    first.model.dispose();

    // The page now shows another agent on the same interaction (a transfer): the draft follows it.
    const user = signal<User | null>(supervisor);
    const interaction = signal<InteractionSnapshot | null>({ ...snapshot('T-1'), agentEmail: 'agent2@demo.laatu' });
    model = createEvaluationModel({ db, user, interaction, scorecard: signal<ScorecardVersion | null>(scorecard) });
    await vi.waitFor(() => expect(model!.draftRestored.value).toBe(true));
    expect(model.agentEmail.value).toBe('agent2@demo.laatu');

    model.setAgentEmail('agent3@demo.laatu');
    await vi.waitFor(async () => expect((await draftOf(db, 'T-1'))?.agentEmail).toBe('agent3@demo.laatu'));
    model.dispose();
    model = createEvaluationModel({ db, user, interaction, scorecard: signal<ScorecardVersion | null>(scorecard) });
    await vi.waitFor(() => expect(model!.draftRestored.value).toBe(true));
    expect(model.agentEmail.value).toBe('agent3@demo.laatu');
    interaction.value = { ...snapshot('T-1'), agentEmail: 'agent4@demo.laatu' };
    expect(model.agentEmail.value).toBe('agent3@demo.laatu');
  });

  test('switching to the rush-hour form and back keeps the answers of each, also across a reopened panel', async () => {
    const db = testDb();
    const { card, model: m } = setUp(db);
    await m.answer('greets', 'yes');
    await m.setMode('live');
    card.value = rushForm;
    expect(m.answers.value).toEqual({});
    await m.answer('rush-friendly', 'yes'); // at once, no draft read to wait for
    expect(m.answers.value).toMatchObject({ 'rush-friendly': { value: 'yes' } });
    expect(m.mode.value).toBe('live');
    card.value = scorecard;
    expect(m.answers.value).toMatchObject({ greets: { value: 'yes' } });
    card.value = rushForm;
    await vi.waitFor(async () => {
      const draft = await draftOf(db, 'T-1');
      expect(draft).toMatchObject({ scorecardId: 'rush-hour', answers: { 'rush-friendly': { value: 'yes' } } });
      expect(draft?.otherForms?.['customer-service@1']).toMatchObject({ greets: { value: 'yes' } });
    });
    m.dispose();

    const again = setUp(db);
    again.card.value = rushForm;
    await vi.waitFor(() => expect(again.model.draftRestored.value).toBe(true));
    expect(again.model.answers.value).toMatchObject({ 'rush-friendly': { value: 'yes' } });
    again.card.value = scorecard;
    expect(again.model.answers.value).toMatchObject({ greets: { value: 'yes' } });
  });

  test('the last keystrokes before moving to another interaction stay with the first one', async () => {
    const db = testDb();
    const { interaction, model: m } = setUp(db);
    m.setComment('Typed just before the next ticket opened');
    interaction.value = snapshot('T-2'); // well within the typing pause
    expect(m.comment.value).toBe('');
    await vi.waitFor(async () => expect((await draftOf(db, 'T-1'))?.comment).toBe('Typed just before the next ticket opened'));
    await new Promise((resolve) => setTimeout(resolve, TYPING_DEBOUNCE_MS + 50));
    expect(await draftOf(db, 'T-2')).toBeUndefined();
  });

  test('what was done while the draft was read, just before moving on, is written over that draft', async () => {
    const db = testDb();
    const first = setUp(db);
    await first.model.answer('greets', 'yes');
    first.model.dispose();
    await vi.waitFor(async () => expect(await draftOf(db, 'T-1')).toBeTruthy());

    const release = slowDraftReads(db);
    const { interaction, model: m } = setUp(db);
    await m.answer('identity', 'yes');
    await m.addNote('Asked for the date of birth');
    interaction.value = snapshot('T-2');
    release();
    await vi.waitFor(async () => {
      const draft = await draftOf(db, 'T-1');
      expect(draft?.answers).toMatchObject({ greets: { value: 'yes' }, identity: { value: 'yes' } });
      expect(draft?.notes?.map((n) => n.text)).toEqual(['Asked for the date of birth']);
    });
  });

  test('discarding a draft is final, even with a comment still waiting for the typing pause', async () => {
    const db = testDb();
    const { model: m } = setUp(db);
    await m.answer('greets', 'yes');
    m.setComment('Half a thought');
    await m.discard();
    await new Promise((resolve) => setTimeout(resolve, TYPING_DEBOUNCE_MS + 50));
    expect(await draftOf(db, 'T-1')).toBeUndefined();
    expect(m.answers.value).toEqual({});
    expect(m.comment.value).toBe('');
  });

  test('a draft begun before a new version was published comes back on the new version, as far as it has the items', async () => {
    const db = testDb();
    const first = setUp(db);
    await first.model.answer('greets', 'yes');
    await first.model.answer('agenda', 'na');
    first.model.setItemComment('identity', 'Asked for the birth date only');
    first.model.dispose();
    await vi.waitFor(async () => expect((await draftOf(db, 'T-1'))?.answers.identity?.comment).toBe('Asked for the birth date only'));

    // Version 2: the agenda item is gone.
    const [opening, compliance] = scorecard.sections;
    const version2: ScorecardVersion = {
      ...scorecard,
      version: 2,
      sections: [{ ...opening!, items: [opening!.items[0]!] }, compliance!],
    };
    for (const shownAt of ['at once', 'after the draft'] as const) {
      const card = signal<ScorecardVersion | null>(shownAt === 'at once' ? version2 : null);
      model?.dispose();
      model = createEvaluationModel({ db, user: signal<User | null>(supervisor), interaction: signal<InteractionSnapshot | null>(snapshot('T-1')), scorecard: card });
      await vi.waitFor(() => expect(model!.draftRestored.value).toBe(true));
      card.value = version2;
      expect(model.answers.value).toEqual({ greets: { value: 'yes' }, identity: { value: '', comment: 'Asked for the birth date only' } });
    }
    await model!.answer('identity', 'yes');
    expect((await model!.submit()).ok).toBe(true);
    expect((await db.evaluations.toArray())[0]).toMatchObject({ scorecardVersion: 2, answers: { greets: { value: 'yes' }, identity: { value: 'yes' } } });
  });

  test('a note is stamped with the moment it was begun, not the moment it was added', async () => {
    const db = testDb();
    let clock = Date.parse('2026-11-24T10:00:00.000Z');
    model = createEvaluationModel({
      db,
      user: signal<User | null>(supervisor),
      interaction: signal<InteractionSnapshot | null>({ ...snapshot('T-1'), startedAt: '2026-11-24T09:58:00.000Z' }),
      scorecard: signal<ScorecardVersion | null>(scorecard),
      now: () => clock,
    });
    await model.setMode('live'); // the timer runs from the interaction's start, two minutes ago
    const begun = clock + 15_000; // the note key, at 02:15
    clock += 45_000; // typed for half a minute
    await model.addNote('Interrupted the customer', 'greets', begun);
    await model.addNote('Summarised well');
    expect(model.notes.value.map((n) => [n.atSeconds, n.text])).toEqual([
      [135, 'Interrupted the customer'],
      [165, 'Summarised well'],
    ]);
  });

  test('records active time: reading before the first answer and activity in the panel count, idle pauses only up to a minute', async () => {
    const db = testDb();
    let clock = Date.parse('2026-11-24T10:00:00.000Z');
    model = createEvaluationModel({ db, user: signal<User | null>(supervisor), interaction: signal<InteractionSnapshot | null>(snapshot('T-1')), scorecard: signal<ScorecardVersion | null>(scorecard), now: () => clock });
    model.noteActivity(); // focus in the panel: the evaluator is reading
    clock += 20_000;
    await model.answer('greets', 'yes'); // 20 s
    clock += 40_000;
    model.noteActivity(); // scrolling the form: 40 s
    clock += 10 * 60_000; // away for ten minutes: one minute of it counts
    await model.answer('agenda', 'yes');
    clock += 5_000;
    await model.answer('identity', 'yes'); // 5 s
    expect((await model.submit()).ok).toBe(true);
    expect((await db.evaluations.toArray())[0]?.durationSeconds).toBe(20 + 40 + 60 + 5);
  });

  test('the answers of one interaction never show on the next, even before its draft is read', async () => {
    const db = testDb();
    const { interaction, model: m } = setUp(db);
    await m.answer('greets', 'no');
    await vi.waitFor(async () => expect(await draftOf(db, 'T-1')).toBeTruthy());
    const release = slowDraftReads(db);
    interaction.value = snapshot('T-2');
    expect(m.answers.value).toEqual({});
    expect(m.score.value?.percent ?? null).toBeNull();
    release();
    interaction.value = snapshot('T-1');
    await vi.waitFor(() => expect(m.draftRestored.value).toBe(true));
    expect(m.answers.value).toMatchObject({ greets: { value: 'no' } });
    expect(m.draftRestored.value).toBe(true);
  });
});
