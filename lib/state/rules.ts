import { batch, computed, signal } from '@preact/signals';
import type { Channel, InteractionSnapshot, StoredDetectorRule } from '../domain';
import { DetectorRule, type DetectorRuleInput } from '../detect/rule';

/** The fields of a rule the editor reads from a page with a selector (and optionally a text pattern). */
export const RULE_FIELDS = ['channel', 'customer', 'agent', 'subject'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export interface FieldDraft {
  selector: string;
  pattern: string;
}

/** What the admin edits, as the inputs hold it (strings). */
export interface RuleDraft {
  id: string;
  name: string;
  /** Comma- or line-separated host patterns. */
  hosts: string;
  pathPattern: string;
  /** URL regex whose group 1 is the interaction id. */
  idPattern: string;
  /** A fixed channel, or '' to read it from the page with `fields.channel`. */
  fixedChannel: Channel | '';
  fields: Record<RuleField, FieldDraft>;
}

/** Which input a problem belongs to: a draft key, or `customer.selector` etc. */
export type DraftErrors = Partial<Record<string, string>>;

export type TestState =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done'; snapshot: InteractionSnapshot | null }
  | { state: 'failed'; message: string };

export interface RulesApiPort {
  list(): Promise<StoredDetectorRule[]>;
  /** Creates (`isNew`) or replaces the rule; rejects with an Error whose message the admin sees. */
  save(rule: DetectorRule, isNew: boolean): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface HostTabPort {
  /** Runs the rule in the host tab; rejects with a message when no tab with Laatu answers. */
  test(rule: DetectorRule): Promise<InteractionSnapshot | null>;
  /** Lets the admin pick an element there; null when cancelled. */
  pick(): Promise<{ selector: string; text: string } | null>;
}

const emptyField = (): FieldDraft => ({ selector: '', pattern: '' });

export function emptyDraft(): RuleDraft {
  return {
    id: '',
    name: '',
    hosts: '',
    pathPattern: '^/',
    idPattern: '',
    fixedChannel: 'ticket',
    fields: { channel: emptyField(), customer: emptyField(), agent: emptyField(), subject: emptyField() },
  };
}

/** A stored rule as the editor shows it. */
export function draftFromRule(rule: DetectorRule): RuleDraft {
  const draft = emptyDraft();
  draft.id = rule.id;
  draft.name = rule.name;
  draft.hosts = rule.hosts.join(', ');
  draft.pathPattern = rule.pathPattern;
  draft.idPattern = rule.externalId.from === 'url' ? rule.externalId.pattern : '';
  if (typeof rule.channel === 'string') draft.fixedChannel = rule.channel;
  else {
    draft.fixedChannel = '';
    if (!('from' in rule.channel)) draft.fields.channel = { selector: rule.channel.selector, pattern: rule.channel.pattern ?? '' };
  }
  for (const name of ['customer', 'agent', 'subject'] as const) {
    const source = rule[name];
    if (source) draft.fields[name] = { selector: source.selector, pattern: source.pattern ?? '' };
  }
  return draft;
}

function source(field: FieldDraft) {
  const selector = field.selector.trim();
  if (!selector) return undefined;
  return field.pattern.trim() ? { selector, pattern: field.pattern.trim() } : { selector };
}

/**
 * The rule a draft describes, on top of `base` (the stored rule being edited), so parts the
 * editor does not show (confirm selectors, queue, watch…) survive an edit.
 */
export function ruleFromDraft(draft: RuleDraft, base?: DetectorRule): DetectorRuleInput {
  const { channel: channelField, customer, agent, subject } = draft.fields;
  const rule: DetectorRuleInput = {
    ...base,
    id: draft.id.trim(),
    name: draft.name.trim(),
    hosts: draft.hosts.split(/[\s,]+/).filter(Boolean),
    pathPattern: draft.pathPattern,
    externalId:
      base?.externalId.from === 'url'
        ? { ...base.externalId, pattern: draft.idPattern }
        : { from: 'url', pattern: draft.idPattern },
    channel: draft.fixedChannel || (source(channelField) ?? { selector: '' }),
    customer: source(customer),
    agent: source(agent),
    subject: source(subject),
  };
  for (const name of ['customer', 'agent', 'subject'] as const) if (!rule[name]) delete rule[name];
  rule.watch = watchList(rule, base);
  return rule;
}

/** Selectors of the fields a rule reads from the page. */
function fieldSelectors(rule: DetectorRuleInput): string[] {
  const channel = typeof rule.channel === 'object' && 'selector' in rule.channel ? [rule.channel.selector] : [];
  return [...channel, ...[rule.customer, rule.agent, rule.subject].flatMap((s) => (s ? [s.selector] : []))];
}

/**
 * What the detector watches for the page to change without navigating: the elements the
 * rule reads (and their parents), so a desk that re-renders in place is followed. Entries an
 * admin added by other means (API) are kept; those derived from old selectors are replaced.
 */
function watchList(rule: DetectorRuleInput, base?: DetectorRule): string[] {
  const derivedBefore = base ? fieldSelectors(base) : [];
  const kept = (base?.watch ?? []).filter((selector) => !derivedBefore.includes(selector));
  return [...new Set([...kept, ...fieldSelectors(rule)])].filter((s) => s.trim() !== '').slice(0, 20);
}

/** Maps a schema path to the input that shows its problem. */
function inputFor(path: readonly PropertyKey[]): string {
  const [head, next] = path.map(String);
  if (head === 'externalId') return 'idPattern';
  if (head === 'hosts') return 'hosts';
  if (head === 'channel') return next === 'pattern' ? 'channel.pattern' : 'channel.selector';
  if ((head === 'customer' || head === 'agent' || head === 'subject') && next) return `${head}.${next}`;
  return head ?? 'form';
}

export function validateDraft(draft: RuleDraft, base?: DetectorRule): { rule: DetectorRule; errors: DraftErrors } | { rule: null; errors: DraftErrors } {
  const parsed = DetectorRule.safeParse(ruleFromDraft(draft, base));
  if (parsed.success) return { rule: parsed.data, errors: {} };
  const errors: DraftErrors = {};
  for (const issue of parsed.error.issues) errors[inputFor(issue.path)] ??= issue.message;
  return { rule: null, errors };
}

const TEST_DELAY_MS = 400;

/**
 * The rule editor: the organisation's custom rules, one draft under edit with its zod
 * problems per input, and a live test of the draft in the host tab as the admin types.
 */
export function createRulesModel(api: RulesApiPort, tab: HostTabPort, testDelayMs = TEST_DELAY_MS) {
  const rules = signal<StoredDetectorRule[]>([]);
  const loadError = signal<string | null>(null);
  /** The stored rule being edited; null while creating a new one. */
  const editing = signal<DetectorRule | null>(null);
  const draft = signal<RuleDraft | null>(null);
  const saveError = signal<string | null>(null);
  const saving = signal(false);
  const test = signal<TestState>({ state: 'idle' });
  const picked = signal<{ field: RuleField; text: string } | null>(null);
  const pickError = signal<string | null>(null);
  const validation = computed(() => (draft.value ? validateDraft(draft.value, editing.value ?? undefined) : null));
  let testTimer: ReturnType<typeof setTimeout> | undefined;
  let testRun = 0;

  async function load(): Promise<void> {
    try {
      rules.value = await api.list();
      loadError.value = null;
    } catch (error) {
      loadError.value = message(error);
    }
  }

  function scheduleTest(): void {
    clearTimeout(testTimer);
    const rule = validation.value?.rule;
    if (!rule) return;
    testTimer = setTimeout(() => void runTest(rule), testDelayMs);
  }

  async function runTest(rule = validation.value?.rule): Promise<void> {
    if (!rule) return;
    const run = ++testRun;
    test.value = { state: 'running' };
    try {
      const snapshot = await tab.test(rule);
      if (run === testRun) test.value = { state: 'done', snapshot };
    } catch (error) {
      if (run === testRun) test.value = { state: 'failed', message: message(error) };
    }
  }

  function open(next: RuleDraft, base: DetectorRule | null): void {
    batch(() => {
      editing.value = base;
      draft.value = next;
      saveError.value = null;
      picked.value = null;
      test.value = { state: 'idle' };
    });
    scheduleTest();
  }

  return {
    rules,
    loadError,
    editing,
    draft,
    errors: computed(() => validation.value?.errors ?? {}),
    valid: computed(() => Boolean(validation.value?.rule)),
    saveError,
    saving,
    test,
    picked,
    pickError,
    load,
    runTest,
    create: () => open(emptyDraft(), null),
    edit(stored: StoredDetectorRule) {
      const parsed = DetectorRule.safeParse(stored.rule);
      if (parsed.success) open(draftFromRule(parsed.data), parsed.data);
      else loadError.value = `${stored.id}: ${parsed.error.issues[0]?.message ?? 'invalid rule'}`;
    },
    close: () => {
      clearTimeout(testTimer);
      draft.value = null;
      editing.value = null;
    },
    /** Changes the draft; the live test follows after a short pause. */
    update(change: (draft: RuleDraft) => RuleDraft) {
      if (!draft.value) return;
      draft.value = change(draft.value);
      scheduleTest();
    },
    setField(field: RuleField, part: keyof FieldDraft, value: string) {
      this.update((d) => ({ ...d, fields: { ...d.fields, [field]: { ...d.fields[field], [part]: value } } }));
    },
    async pick(field: RuleField): Promise<void> {
      pickError.value = null;
      try {
        const result = await tab.pick();
        if (!result) return;
        this.setField(field, 'selector', result.selector);
        if (field === 'channel') this.update((d) => ({ ...d, fixedChannel: '' }));
        picked.value = { field, text: result.text };
      } catch (error) {
        pickError.value = message(error);
      }
    },
    async save(): Promise<boolean> {
      const rule = validation.value?.rule;
      if (!rule) return false;
      saving.value = true;
      try {
        await api.save(rule, editing.value === null);
        await load();
        this.close();
        return true;
      } catch (error) {
        saveError.value = message(error);
        return false;
      } finally {
        saving.value = false;
      }
    },
    async remove(id: string): Promise<void> {
      try {
        await api.remove(id);
        await load();
      } catch (error) {
        loadError.value = message(error);
      }
    },
    dispose: () => clearTimeout(testTimer),
  };
}

export type RulesModel = ReturnType<typeof createRulesModel>;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
