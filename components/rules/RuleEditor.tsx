import type { ComponentChildren } from 'preact';
import { Channel } from '../../lib/domain';
import { t, type MessageKey } from '../../lib/i18n';
import { RULE_FIELDS, type RuleDraft, type RuleField, type RulesModel } from '../../lib/state/rules';
import { TestResult } from './TestResult';

const FIELD_LABEL: Record<RuleField, MessageKey> = {
  channel: 'rules.field.channel',
  customer: 'rules.field.customer',
  agent: 'rules.field.agent',
  subject: 'rules.field.subject',
};

interface InputProps {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  readOnly?: boolean;
  onInput: (value: string) => void;
  children?: ComponentChildren;
}

/** A labelled text input with its zod problem shown beside it. */
function Input({ id, label, value, error, hint, readOnly, onInput, children }: InputProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="rule-input">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        readOnly={readOnly}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        spellcheck={false}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {children}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {error && (
        <span id={`${id}-error`} class="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** Create or edit one rule, with a live test of it on the host tab. */
export function RuleEditor({ model }: { model: RulesModel }) {
  const draft = model.draft.value;
  if (!draft) return null;
  const errors = model.errors.value;
  const set = (change: Partial<RuleDraft>) => model.update((d) => ({ ...d, ...change }));
  const isNew = model.editing.value === null;
  const picked = model.picked.value;

  return (
    <form
      aria-label={t(isNew ? 'rules.editorNew' : 'rules.editorEdit')}
      onSubmit={(event) => {
        event.preventDefault();
        void model.save();
      }}
    >
      <h2>{t(isNew ? 'rules.editorNew' : 'rules.editorEdit')}</h2>
      <Input id="rule-name" label={t('rules.name')} value={draft.name} error={errors.name} onInput={(name) => set({ name })} />
      <Input
        id="rule-id"
        label={t('rules.id')}
        hint={t('rules.idHint')}
        value={draft.id}
        error={errors.id}
        readOnly={!isNew}
        onInput={(id) => set({ id })}
      />
      <Input
        id="rule-hosts"
        label={t('rules.hosts')}
        hint={t('rules.hostsHint')}
        value={draft.hosts}
        error={errors.hosts}
        onInput={(hosts) => set({ hosts })}
      />
      <Input
        id="rule-path"
        label={t('rules.pathPattern')}
        value={draft.pathPattern}
        error={errors.pathPattern}
        onInput={(pathPattern) => set({ pathPattern })}
      />
      <Input
        id="rule-id-pattern"
        label={t('rules.idPattern')}
        value={draft.idPattern}
        error={errors.idPattern}
        onInput={(idPattern) => set({ idPattern })}
      />
      <div class="rule-input">
        <label for="rule-channel">{t('rules.fixedChannel')}</label>
        <select
          id="rule-channel"
          value={draft.fixedChannel}
          onChange={(event) => set({ fixedChannel: event.currentTarget.value as RuleDraft['fixedChannel'] })}
        >
          <option value="">{t('rules.channelFromPage')}</option>
          {Channel.options
            .filter((c) => c !== 'unknown')
            .map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
        </select>
      </div>
      {RULE_FIELDS.filter((field) => field !== 'channel' || draft.fixedChannel === '').map((field) => {
        const label = t(FIELD_LABEL[field]);
        return (
          <fieldset key={field}>
            <legend>{label}</legend>
            <Input
              id={`rule-${field}-selector`}
              label={label}
              value={draft.fields[field].selector}
              error={errors[`${field}.selector`]}
              onInput={(value) => model.setField(field, 'selector', value)}
            >
              <button type="button" onClick={() => void model.pick(field)}>
                {t('rules.pick', { field: label.toLowerCase() })}
              </button>
            </Input>
            {picked?.field === field && <small role="status">{t('rules.picked', { text: picked.text })}</small>}
            <Input
              id={`rule-${field}-pattern`}
              label={t('rules.fieldPattern', { field: label })}
              value={draft.fields[field].pattern}
              error={errors[`${field}.pattern`]}
              onInput={(value) => model.setField(field, 'pattern', value)}
            />
          </fieldset>
        );
      })}
      {model.pickError.value && <p role="alert">{t('rules.pickFailed', { message: model.pickError.value })}</p>}

      <section aria-label={t('rules.testHeading')}>
        <h3>{t('rules.testHeading')}</h3>
        <button type="button" disabled={!model.valid.value} onClick={() => void model.runTest()}>
          {t('rules.testRun')}
        </button>
        <div role="status" aria-live="polite">
          <TestResult test={model.valid.value ? model.test.value : { state: 'idle' }} />
        </div>
      </section>

      {model.saveError.value && <p role="alert">{t('rules.saveFailed', { message: model.saveError.value })}</p>}
      <button type="submit" disabled={!model.valid.value || model.saving.value}>
        {t(model.saving.value ? 'rules.saving' : 'rules.save')}
      </button>{' '}
      <button type="button" onClick={() => model.close()}>
        {t('rules.cancel')}
      </button>
    </form>
  );
}
