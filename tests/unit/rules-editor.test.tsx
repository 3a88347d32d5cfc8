import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../entrypoints/rules/App';
import type { InteractionSnapshot, StoredDetectorRule, User } from '../../lib/domain';
import type { DetectorRule } from '../../lib/detect/rule';
import { createRulesModel, draftFromRule, ruleFromDraft, validateDraft, emptyDraft, type HostTabPort, type RulesApiPort } from '../../lib/state/rules';

const admin: User = { id: 'u1', email: 'admin@demo.laatu', name: 'Anna', role: 'admin', teamId: null };

function fakeApi(initial: StoredDetectorRule[] = []) {
  let stored = initial;
  const saved: { rule: DetectorRule; isNew: boolean }[] = [];
  const api: RulesApiPort = {
    list: () => Promise.resolve(stored),
    save: (rule, isNew) => {
      saved.push({ rule, isNew });
      stored = [...stored.filter((s) => s.id !== rule.id), { id: rule.id, rule, createdBy: 'u1', createdAt: '', updatedAt: '' }];
      return Promise.resolve();
    },
    remove: (id) => {
      stored = stored.filter((s) => s.id !== id);
      return Promise.resolve();
    },
  };
  return { api, saved };
}

const snapshot: InteractionSnapshot = {
  platform: 'home-desk',
  externalId: '4711',
  channel: 'ticket',
  customer: 'Maija Meikäläinen',
  url: 'http://localhost/helpdesk/case/4711',
  confidence: 0.9,
  missing: ['agent'],
  detectedAt: '2026-11-24T10:00:00.000Z',
};

function fakeTab(): HostTabPort & { tested: DetectorRule[] } {
  const tested: DetectorRule[] = [];
  return {
    tested,
    test: (rule) => {
      tested.push(rule);
      return Promise.resolve(snapshot);
    },
    pick: () => Promise.resolve({ selector: '#customer-name', text: 'Maija Meikäläinen' }),
  };
}

afterEach(cleanup);

describe('rule editor model', () => {
  test('a draft becomes a DetectorRule, and a stored rule keeps the parts the editor does not show', () => {
    const stored: DetectorRule = {
      id: 'home-desk', name: 'Home desk', hosts: ['desk.example.com'], pathPattern: '^/case/', requires: ['#app'],
      externalId: { from: 'url', pattern: '^/case/(\\d+)', confirm: { selector: '#case-id' } },
      channel: 'chat', customer: { selector: '#customer' }, queue: { selector: '#queue' }, watch: ['main'],
    };
    const draft = { ...draftFromRule(stored), name: 'Our desk' };
    const rule = ruleFromDraft(draft, stored);
    // The detector also watches what the rule reads, so a desk re-rendering in place is followed.
    expect(rule).toMatchObject({ ...stored, name: 'Our desk', watch: ['main', '#customer'] });

    const moved = ruleFromDraft({ ...draft, fields: { ...draft.fields, customer: { selector: '#client', pattern: '' } } }, stored);
    expect(moved.watch).toEqual(['main', '#client']);
  });

  test('problems are named per input, in the words of the schema', () => {
    const draft = { ...emptyDraft(), id: 'Bad Id', name: 'x', hosts: 'desk..example.com', idPattern: '^/case/((' };
    const { rule, errors } = validateDraft(draft);
    expect(rule).toBeNull();
    expect(errors.id).toMatch(/lower-case/);
    expect(errors.hosts).toMatch(/Host must look like/);
    expect(errors.idPattern).toMatch(/Regular expression/);
  });

  test('edits are tested live on the host tab after a pause, and a picked element fills the selector', async () => {
    const tab = fakeTab();
    const model = createRulesModel(fakeApi().api, tab, 10);
    model.create();
    model.update((d) => ({ ...d, id: 'home-desk', name: 'Home desk', hosts: 'localhost', idPattern: '^/helpdesk/case/(\\d+)' }));
    model.update((d) => ({ ...d, pathPattern: '^/helpdesk/' }));
    await waitFor(() => expect(model.test.value).toMatchObject({ state: 'done', snapshot: { externalId: '4711' } }));
    expect(tab.tested).toHaveLength(1); // debounced: one test for two quick edits

    await model.pick('customer');
    expect(model.draft.value?.fields.customer.selector).toBe('#customer-name');
    expect(model.picked.value).toEqual({ field: 'customer', text: 'Maija Meikäläinen' });
    await waitFor(() => expect(tab.tested.at(-1)?.customer).toEqual({ selector: '#customer-name' }));
  });
});

describe('rules page', () => {
  test('only QA admins manage rules', () => {
    render(<App user={{ ...admin, role: 'supervisor' }} model={null} />);
    expect(screen.getByText('Only QA admins manage detector rules.')).toBeTruthy();
  });

  test('an admin creates a rule with inline validation, sees the live test, and saves it', async () => {
    const { api, saved } = fakeApi();
    const model = createRulesModel(api, fakeTab(), 10);
    render(<App user={admin} model={model} />);
    fireEvent.click(screen.getByRole('button', { name: 'New rule' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Home desk' } });
    fireEvent.input(screen.getByLabelText('Rule id'), { target: { value: 'Home Desk' } });
    expect(screen.getByText(/Id must be 1-40 lower-case/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save rule' }).hasAttribute('disabled')).toBe(true);

    fireEvent.input(screen.getByLabelText('Rule id'), { target: { value: 'home-desk' } });
    fireEvent.input(screen.getByLabelText('Host patterns'), { target: { value: 'localhost' } });
    fireEvent.input(screen.getByLabelText(/Interaction id from the URL/), { target: { value: '^/helpdesk/case/(\\d+)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pick customer selector from page' }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Customer selector').value).toBe('#customer-name'));
    await screen.findByText('Maija Meikäläinen');
    expect(screen.getAllByText('not read').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ isNew: true, rule: { id: 'home-desk', customer: { selector: '#customer-name' } } });
    await screen.findByRole('list', { name: 'Custom detector rules' });
  });

  test('an admin edits a stored rule (its id stays) and deletes one after confirming', async () => {
    const rule: DetectorRule = {
      id: 'home-desk', name: 'Home desk', hosts: ['localhost'], pathPattern: '^/', requires: [],
      externalId: { from: 'url', pattern: '^/case/(\\d+)' }, channel: 'ticket', watch: [],
    };
    const { api, saved } = fakeApi([{ id: rule.id, rule, createdBy: 'u1', createdAt: '', updatedAt: '' }]);
    const model = createRulesModel(api, fakeTab(), 10);
    await model.load();
    const questions: string[] = [];
    render(<App user={admin} model={model} confirm={(q) => (questions.push(q), true)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Home desk' }));
    expect(screen.getByLabelText<HTMLInputElement>('Rule id').readOnly).toBe(true);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Our desk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save rule' }));
    await waitFor(() => expect(saved).toEqual([{ isNew: false, rule: { ...rule, name: 'Our desk' } }]));

    fireEvent.click(await screen.findByRole('button', { name: 'Delete Our desk' }));
    expect(questions[0]).toMatch(/Delete the rule/);
    await screen.findByText('No custom rules yet.');
  });
});
