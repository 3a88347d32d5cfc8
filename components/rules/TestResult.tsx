import { t, type MessageKey } from '../../lib/i18n';
import type { TestState } from '../../lib/state/rules';

const SHOWN = [
  ['externalId', 'interaction.id'],
  ['channel', 'interaction.channel'],
  ['customer', 'interaction.customer'],
  ['agent', 'interaction.agent'],
  ['subject', 'interaction.subject'],
] as const satisfies readonly (readonly [string, MessageKey])[];

/** What the rule under edit reads on the host tab, field by field. */
export function TestResult({ test }: { test: TestState }) {
  if (test.state === 'idle') return <p>{t('rules.testIdle')}</p>;
  if (test.state === 'running') return <p>{t('rules.testRunning')}</p>;
  if (test.state === 'failed') return <p role="alert">{t('rules.testFailed', { message: test.message })}</p>;
  const { snapshot } = test;
  if (!snapshot) return <p>{t('rules.testNothing')}</p>;
  return (
    <dl class="rule-test">
      {SHOWN.map(([key, label]) => {
        const value = key === 'channel' && snapshot.channel === 'unknown' ? undefined : snapshot[key];
        return (
          <div key={key}>
            <dt>{t(label)}</dt>
            <dd>{value ?? <em>{t('rules.notRead')}</em>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
