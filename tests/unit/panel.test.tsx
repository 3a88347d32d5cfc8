import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { createPanelModel, type PanelModel } from '../../lib/state/panel';
import { cacheScorecards, saveDraft, saveSession, submitEvaluation } from '../../lib/store';
import { toInteractionRef, type ScorecardVersion, type User } from '../../lib/domain';
import { scorecard, snapshot, supervisor, testDb } from './fixtures';
import { fakeTabs, offline, renderPanel, signedInPanel, storeEvaluation } from './panel-support';

/** A model made by a test itself, without rendering. */
let model: PanelModel | undefined;
afterEach(() => {
  model?.dispose();
  model = undefined;
});

describe('the evaluator panel', () => {
  test('asks to sign in first, with labelled fields', async () => {
    renderPanel(testDb(), fakeTabs(null));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByLabelText('E-mail')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Server address'), { target: { value: 'ftp://x' } });
    fireEvent.input(screen.getByLabelText('E-mail'), { target: { value: 'a@b.fi' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('http:// or https://');
  });

  test('shows the detected interaction as text, never as HTML', async () => {
    await signedInPanel(testDb());
    const region = await screen.findByRole('region', { name: 'Current interaction' });
    await waitFor(() => expect(region.textContent).toContain('Matti <b>Meikäläinen</b>'));
    expect(region.querySelector('b')).toBeNull();
  });

  test('updates the running score as items are answered and names a failed critical item', async () => {
    await signedInPanel(testDb());
    const score = await screen.findByRole('status', { name: 'Score' });
    expect(score.textContent).toContain('Not scored yet');
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Greets the customer by name' })).getByRole('radio', { name: 'Yes' }));
    await waitFor(() => expect(score.textContent).toContain('100.0 %'));
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Verifies identity first' })).getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(score.textContent).toContain('0.0 %'));
    expect(score.textContent).toContain('Failed critical item: Verifies identity first');
  });

  test('refuses to submit with unanswered items and keeps the answers', async () => {
    const db = testDb();
    await signedInPanel(db);
    fireEvent.click(within(await screen.findByRole('radiogroup', { name: 'Greets the customer by name' })).getByRole('radio', { name: 'Yes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    expect((await screen.findByText('2 items still need an answer.')).textContent).toBeTruthy();
    expect(await db.evaluations.count()).toBe(0);
    await waitFor(async () => expect(await db.drafts.count()).toBe(1));
  });

  test('submits into the outbox in one go and lists the evaluation as pending', async () => {
    const db = testDb();
    await signedInPanel(db);
    for (const name of ['Greets the customer by name', 'Tells what the call will cover', 'Verifies identity first']) {
      fireEvent.click(within(await screen.findByRole('radiogroup', { name })).getByRole('radio', { name: 'Yes' }));
    }
    fireEvent.input(screen.getByLabelText('Overall comment'), { target: { value: 'Well done' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    const history = await screen.findByRole('list', { name: 'Your recent evaluations' });
    await waitFor(() => expect(history.textContent).toContain('Pending sync'));
    const [saved] = await db.evaluations.toArray();
    expect(saved).toMatchObject({ comment: 'Well done', kind: 'supervisor', syncState: 'pending' });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.drafts.count()).toBe(0);
  });

  test('has everything the first paint shows once firstData settles: the panel paints once, whole', async () => {
    const db = testDb();
    await saveSession(db, 'http://127.0.0.1:8787', 'token-token-token-token', supervisor);
    await cacheScorecards(db, [scorecard]);
    await submitEvaluation(
      db,
      {
        id: '00000000-0000-4000-8000-000000000001',
        interaction: toInteractionRef(snapshot('T-0999')),
        scorecardId: scorecard.scorecardId,
        scorecardVersion: scorecard.version,
        kind: 'supervisor',
        mode: 'recording',
        answers: {},
        comment: '',
        notes: [],
        durationSeconds: 1,
        startedAt: new Date().toISOString(),
        submittedAt: new Date().toISOString(),
      },
      { evaluatorId: supervisor.id, scorecardTitle: scorecard.title, score: { points: 0, maxPoints: 0, percent: null, failedCritical: [], sections: [], answered: 0, total: 0 } },
    );
    const [firstItem] = scorecard.sections[0]!.items;
    await saveDraft(db, {
      userId: supervisor.id,
      interactionKey: 'demo-desk:T-1001',
      scorecardId: scorecard.scorecardId,
      scorecardVersion: scorecard.version,
      answers: { [firstItem!.id]: { value: 'yes' } },
      comment: 'from the draft',
      startedAt: new Date().toISOString(),
      activeSeconds: 3,
    });
    model = createPanelModel(db, fakeTabs({ tabId: 1, snapshot: snapshot(), pageUrl: 'x', reportedAt: 'now' }).port, offline);
    await model.firstData();
    expect(model.session.user.value?.id).toBe(supervisor.id);
    expect(model.interaction.value?.externalId).toBe('T-1001');
    expect(model.scorecard.value?.scorecardId).toBe(scorecard.scorecardId);
    expect(model.history.value.map((e) => e.interaction.externalId)).toEqual(['T-0999']);
    expect(model.evaluation.comment.value).toBe('from the draft');
    expect(model.evaluation.answers.value[firstItem!.id]?.value).toBe('yes');
  });

  test('restores the draft when the same interaction is opened again', async () => {
    const db = testDb();
    const tabs = await signedInPanel(db);
    fireEvent.click(within(await screen.findByRole('radiogroup', { name: 'Greets the customer by name' })).getByRole('radio', { name: 'Yes' }));
    await waitFor(async () => expect(await db.drafts.count()).toBe(1));
    tabs.report({ tabId: 1, snapshot: snapshot('T-2000'), pageUrl: 'x', reportedAt: 'now' });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Current interaction' }).textContent).toContain('T-2000'));
    expect(screen.queryByRole('radio', { name: 'Yes', checked: true })).toBeNull();
    tabs.report({ tabId: 1, snapshot: snapshot('T-1001'), pageUrl: 'x', reportedAt: 'now' });
    expect(await screen.findByText('Your draft for this interaction was restored.')).toBeTruthy();
  });
});

describe('an interaction the user has evaluated already', () => {
  test('says so above the form after the submit, opens it read-only, and the submit notice stays with its interaction', async () => {
    const db = testDb();
    const tabs = await signedInPanel(db);
    for (const name of ['Greets the customer by name', 'Tells what the call will cover', 'Verifies identity first']) {
      fireEvent.click(within(await screen.findByRole('radiogroup', { name })).getByRole('radio', { name: 'Yes' }));
    }
    expect(screen.queryByRole('region', { name: 'Your evaluation of this interaction' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    const own = await screen.findByRole('region', { name: 'Your evaluation of this interaction' });
    expect(own.textContent).toMatch(/You evaluated this interaction on .+: 100\.0 %/);
    expect(own.textContent).toContain('Pending sync');
    expect(within(own).getByRole('button', { name: 'Correct your evaluation' })).toBeTruthy();
    expect(screen.getByText('Evaluation saved. It syncs to the server automatically.')).toBeTruthy();

    tabs.report({ tabId: 1, snapshot: snapshot('T-2000'), pageUrl: 'x', reportedAt: 'now' });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Current interaction' }).textContent).toContain('T-2000'));
    expect(screen.queryByRole('region', { name: 'Your evaluation of this interaction' })).toBeNull();
    expect(screen.queryByText('Evaluation saved. It syncs to the server automatically.')).toBeNull();

    tabs.report({ tabId: 1, snapshot: snapshot('T-1001'), pageUrl: 'x', reportedAt: 'now' });
    fireEvent.click(await screen.findByRole('button', { name: 'Open your evaluation' }));
    expect(await screen.findByRole('heading', { name: /T-1001 \(read-only, version 1\)/ })).toBeTruthy();
  });

  test('finds one older than the history lists', async () => {
    const db = testDb();
    await storeEvaluation(db, 'T-1001', 60 * 24 * 30);
    for (let i = 0; i < 25; i += 1) await storeEvaluation(db, `T-${3000 + i}`, i);
    await signedInPanel(db);
    const own = await screen.findByRole('region', { name: 'Your evaluation of this interaction' });
    expect(own.textContent).toContain('You evaluated this interaction on');
    // Thirty days on, the correction window (the admin's, 72 hours by default) is closed.
    expect(within(own).queryByRole('button', { name: 'Correct your evaluation' })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Your recent evaluations' })).queryByText(/T-1001/)).toBeNull();
    // Opened read-only: how it was followed, and the item each note was about.
    fireEvent.click(within(own).getByRole('button', { name: 'Open your evaluation' }));
    const view = (await screen.findByRole('heading', { name: /T-1001 \(read-only/ })).closest('section')!;
    expect(view.textContent).toContain('Co-listened live');
    expect(within(view).getByRole('list', { name: 'Co-listening notes' }).textContent).toBe('01:15 Skipped the greeting · Greets the customer by name');
  });

  test("is not told of another user's evaluation", async () => {
    const db = testDb();
    await storeEvaluation(db, 'T-1001', 5, { ...supervisor, id: 'u-other' });
    await signedInPanel(db);
    await screen.findByRole('radiogroup', { name: 'Greets the customer by name' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Your evaluation of this interaction' })).toBeNull();
  });
});

describe('keyboard-first evaluation', () => {
  test('digits answer and move focus on; Ctrl+Enter submits', async () => {
    const db = testDb();
    await signedInPanel(db);
    const first = await screen.findByRole('radiogroup', { name: 'Greets the customer by name' });
    within(first).getByRole('radio', { name: /Yes/ }).focus();
    fireEvent.keyDown(document.activeElement!, { key: '1' });
    const second = screen.getByRole('radiogroup', { name: 'Tells what the call will cover' });
    await waitFor(() => expect(second.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(document.activeElement!, { key: '0' });
    fireEvent.keyDown(document.activeElement!, { key: '3' });
    const score = screen.getByRole('status', { name: 'Score' });
    await waitFor(() => expect(score.textContent).toContain('Failed critical item: Verifies identity first'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: '1' });
    await waitFor(() => expect(score.textContent).toContain('100.0 %'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter', ctrlKey: true });
    await waitFor(async () => expect(await db.evaluations.count()).toBe(1));
    const [saved] = await db.evaluations.toArray();
    expect(saved!.answers).toMatchObject({ greets: { value: 'yes' }, agenda: { value: 'na' }, identity: { value: 'yes' } });
  });
});

describe('co-listening and rush hour', () => {
  test('live mode stamps notes with the time since start and records the mode', async () => {
    const db = testDb();
    await signedInPanel(db);
    fireEvent.click(await screen.findByRole('radio', { name: 'Co-listened live' }));
    expect(await screen.findByRole('timer', { name: 'Time since start' })).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Note at the current time' }), { target: { value: 'Customer repeats the question' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Attach to item' }), { target: { value: 'agenda' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    const notes = await screen.findByRole('list', { name: 'Co-listening notes' });
    expect(notes.textContent).toContain('Customer repeats the question');
    expect(notes.textContent).toContain('Tells what the call will cover');
    await waitFor(async () => expect((await db.drafts.toArray())[0]?.notes).toHaveLength(1));
    expect((await db.drafts.toArray())[0]?.mode).toBe('live');
  });

  test('a note attached to an item still names it after the rush-hour switch; the timer restarts by hand', async () => {
    const companion: ScorecardVersion = {
      ...scorecard,
      scorecardId: 'rush',
      title: 'Rush-hour call',
      sections: [{ id: 'essentials', title: 'Essentials', items: [scorecard.sections[1]!.items[0]!] }],
    };
    await signedInPanel(testDb(), undefined, supervisor, [{ ...scorecard, rushHourScorecardId: 'rush' }, companion]);
    fireEvent.click(await screen.findByRole('radio', { name: 'Co-listened live' }));
    expect(screen.getByRole('button', { name: 'Restart timer' })).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Note at the current time' }), { target: { value: 'Skipped the greeting' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Attach to item' }), { target: { value: 'greets' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    fireEvent.click(screen.getByRole('switch', { name: 'Rush-hour mode' }));
    await screen.findByRole('form', { name: 'Scorecard: Rush-hour call' });
    const notes = screen.getByRole('list', { name: 'Co-listening notes' });
    expect(notes.textContent).toContain('Skipped the greeting · Greets the customer by name');
    // The greeting is not on the rush-hour form: the next note is about the whole encounter.
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Attach to item' }).value).toBe('');
    expect(screen.getByRole('combobox', { name: 'Attach to item' }).textContent).not.toContain('Greets the customer by name');
  });

  test('rush-hour phrases go to the agent through the outbox', async () => {
    const db = testDb();
    await signedInPanel(db);
    fireEvent.click(await screen.findByRole('switch', { name: 'Rush-hour mode' }));
    const phrases = await screen.findByRole('group', { name: 'Send to the agent' });
    fireEvent.click(within(phrases).getByRole('button', { name: 'Great start, warm greeting!' }));
    await waitFor(async () => expect(await db.outbox.count()).toBe(1));
    const [row] = await db.outbox.toArray();
    expect(row).toMatchObject({ kind: 'feedback.put', payload: { agentEmail: 'agent1@demo.laatu', kind: 'encouragement' } });
  });
});

describe('agents', () => {
  const agent: User = { id: 'u-a1', email: 'agent1@demo.laatu', name: 'Aino Virtanen', role: 'agent', teamId: 't1' };

  test('see the interactions they handled and how many self-assessments are due', async () => {
    const db = testDb();
    await signedInPanel(db, undefined, agent);
    const list = await screen.findByRole('region', { name: 'Your recent interactions' });
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Self-assess T-1001' })).toBeTruthy());
    expect(within(list).getByRole('status').textContent).toBe('4 self-assessments due this month');
    expect(screen.queryByRole('switch', { name: 'Rush-hour mode' })).toBeNull();
    // A self-assessment has no co-listening notes, and no note key.
    expect(screen.queryByText(/n note/)).toBeNull();
    within(screen.getByRole('radiogroup', { name: 'Greets the customer by name' })).getByRole('radio', { name: /Yes/ }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'n' });
    expect(screen.queryByRole('radio', { name: 'Co-listened live' })).toBeNull();
    for (const name of ['Greets the customer by name', 'Tells what the call will cover', 'Verifies identity first']) {
      fireEvent.click(within(await screen.findByRole('radiogroup', { name })).getByRole('radio', { name: /Yes/ }));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Submit evaluation' }));
    await waitFor(() => expect(within(list).getByRole('status').textContent).toBe('3 self-assessments due this month'));
    expect((await db.evaluations.toArray())[0]?.kind).toBe('self-assessment');
  });
});

describe('when nothing is detected', () => {
  test('the user can type the interaction id and evaluate it', async () => {
    const db = testDb();
    await signedInPanel(db, fakeTabs(null));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Interaction id or link' }), { target: { value: 'https://desk.example.com/Ticket/Display.html?id=77' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this interaction' }));
    const region = await screen.findByRole('region', { name: 'Current interaction' });
    expect(region.textContent).toContain('77');
    expect(await screen.findByRole('radiogroup', { name: 'Greets the customer by name' })).toBeTruthy();
  });
});

describe('a single-page app between its URL and its content', () => {
  const unconfirmed = (externalId: string) => ({
    ...snapshot(externalId),
    channel: 'unknown' as const,
    customer: undefined,
    agent: undefined,
    agentEmail: undefined,
    confidence: 0.15,
    missing: ['channel', 'customer', 'agent'] as const,
  });
  const entry = (value: unknown) => ({ tabId: 1, snapshot: value, pageUrl: 'x', reportedAt: 'now' });

  test('shows the new id at once, holds the form until the page shows the interaction, then fills the agent in', async () => {
    const tabs = await signedInPanel(testDb(), fakeTabs(entry(unconfirmed('T-2002'))));
    const region = await screen.findByRole('region', { name: 'Current interaction' });
    await waitFor(() => expect(region.textContent).toContain('T-2002'));
    expect(within(region).getByRole('status').textContent).toBe('Reading the page…');
    expect(screen.queryByRole('radiogroup')).toBeNull();

    tabs.report(entry(snapshot('T-2002')));
    expect(await screen.findByRole('radiogroup', { name: 'Greets the customer by name' })).toBeTruthy();
    expect(within(region).queryByRole('status')).toBeNull();
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('textbox', { name: /agent/i }).value).toBe('agent1@demo.laatu'));
  });

  test('offers the form anyway when the page never shows the id', async () => {
    await signedInPanel(testDb(), fakeTabs(entry(unconfirmed('T-2003'))));
    expect(await screen.findByRole('radiogroup', { name: 'Greets the customer by name' }, { timeout: 3000 })).toBeTruthy();
  });
});

describe('choosing the scorecard', () => {
  const callForm: ScorecardVersion = { ...scorecard, scorecardId: 'call', title: 'Call form', channels: ['call'] };
  const ticketForm: ScorecardVersion = { ...scorecard, scorecardId: 'ticket', title: 'Ticket form', channels: ['ticket'] };
  const rushForm: ScorecardVersion = {
    ...scorecard,
    scorecardId: 'rush',
    title: 'Rush-hour call',
    sections: [{ id: 'essentials', title: 'Essentials', items: [scorecard.sections[1]!.items[0]!] }],
  };
  const entry = (externalId: string) => ({ tabId: 1, snapshot: snapshot(externalId), pageUrl: 'x', reportedAt: 'now' });
  const answerGreeting = async () =>
    fireEvent.click(within(await screen.findByRole('radiogroup', { name: 'Greets the customer by name' })).getByRole('radio', { name: 'Yes' }));

  test('offers every published form, the fitting ones first; a choice holds for its interaction only', async () => {
    const tabs = await signedInPanel(testDb(), undefined, supervisor, [ticketForm, callForm]);
    await screen.findByRole('form', { name: 'Scorecard: Ticket form' });
    const choice = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Scorecard' });
    expect([...choice.querySelectorAll('optgroup')].map((g) => [g.label, g.textContent])).toEqual([
      ['Fit this interaction', 'Ticket form'],
      ['Other scorecards', 'Call form'],
    ]);
    fireEvent.change(choice, { target: { value: 'call' } });
    await screen.findByRole('form', { name: 'Scorecard: Call form' });

    tabs.report(entry('T-2000'));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Current interaction' }).textContent).toContain('T-2000'));
    expect(await screen.findByRole('form', { name: 'Scorecard: Ticket form' })).toBeTruthy();
    tabs.report(entry('T-1001'));
    expect(await screen.findByRole('form', { name: 'Scorecard: Call form' })).toBeTruthy();
  });

  test('a draft begun on another form comes back on that form', async () => {
    const db = testDb();
    await signedInPanel(db, undefined, supervisor, [ticketForm, callForm]);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Scorecard' }), { target: { value: 'call' } });
    await screen.findByRole('form', { name: 'Scorecard: Call form' });
    await answerGreeting();
    await waitFor(async () => expect((await db.drafts.toArray())[0]?.scorecardId).toBe('call'));

    // The panel opened again: the ticket's fitting form would be the ticket form.
    renderPanel(db, fakeTabs(entry('T-1001')));
    expect(await screen.findByRole('form', { name: 'Scorecard: Call form' })).toBeTruthy();
    expect(screen.getByText('Your draft for this interaction was restored.')).toBeTruthy();
    const greeting = within(screen.getByRole('radiogroup', { name: 'Greets the customer by name' }));
    expect(greeting.getByRole<HTMLInputElement>('radio', { name: 'Yes' }).checked).toBe(true);
  });

  test('a draft begun on the rush-hour form comes back in rush-hour mode', async () => {
    const db = testDb();
    await signedInPanel(db, undefined, supervisor, [{ ...scorecard, rushHourScorecardId: 'rush' }, rushForm]);
    fireEvent.click(await screen.findByRole('switch', { name: 'Rush-hour mode' }));
    await screen.findByRole('form', { name: 'Scorecard: Rush-hour call' });
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Verifies identity first' })).getByRole('radio', { name: 'No' }));
    await waitFor(async () => expect((await db.drafts.toArray())[0]?.scorecardId).toBe('rush'));

    renderPanel(db, fakeTabs(entry('T-1001')));
    expect(await screen.findByRole('form', { name: 'Scorecard: Rush-hour call' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Rush-hour mode' }).checked).toBe(true);
    const identity = within(screen.getByRole('radiogroup', { name: 'Verifies identity first' }));
    expect(identity.getByRole<HTMLInputElement>('radio', { name: 'No' }).checked).toBe(true);
  });
});

describe('discarding a draft', () => {
  test('is offered once there is work, asks first, and keeping it changes nothing', async () => {
    const db = testDb();
    const tabs = await signedInPanel(db);
    await screen.findByRole('radiogroup', { name: 'Greets the customer by name' });
    expect(screen.queryByRole('button', { name: 'Discard draft' })).toBeNull();
    fireEvent.click(within(screen.getByRole('radiogroup', { name: 'Greets the customer by name' })).getByRole('radio', { name: 'Yes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Discard draft' }));
    const asking = screen.getByRole('group', { name: 'Discard draft' });
    expect(asking.textContent).toContain('Discard this draft?');
    await waitFor(() => expect(document.activeElement).toBe(within(asking).getByRole('button', { name: 'Keep the draft' })));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Discard draft' })).toBeNull();
    expect(await db.drafts.count()).toBe(1);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Yes', checked: true })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Discard draft' })).getByRole('button', { name: 'Discard' }));
    await waitFor(async () => expect(await db.drafts.count()).toBe(0));
    await waitFor(() => expect(screen.queryByRole('radio', { name: 'Yes', checked: true })).toBeNull());
    expect(screen.getByText('Draft discarded')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Discard draft' })).toBeNull();
    // It is said of this interaction only.
    tabs.report({ tabId: 1, snapshot: snapshot('T-2000'), pageUrl: 'x', reportedAt: 'now' });
    await waitFor(() => expect(screen.getByRole('region', { name: 'Current interaction' }).textContent).toContain('T-2000'));
    expect(screen.queryByText('Draft discarded')).toBeNull();
  });
});
