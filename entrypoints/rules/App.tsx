import { RuleEditor } from '../../components/rules/RuleEditor';
import { RuleList } from '../../components/rules/RuleList';
import type { StoredDetectorRule, User } from '../../lib/domain';
import { t } from '../../lib/i18n';
import type { RulesModel } from '../../lib/state/rules';

interface Props {
  user: User | null;
  model: RulesModel | null;
  confirm?: (question: string) => boolean;
}

/** The detector rule editor page: QA admins list, create, edit, test and delete custom rules. */
export function App({ user, model, confirm = (q) => window.confirm(q) }: Props) {
  if (!user) return <main><p>{t('rules.signInFirst')}</p></main>;
  if (user.role !== 'admin' || !model) return <main><p>{t('rules.onlyAdmins')}</p></main>;
  const remove = (stored: StoredDetectorRule) => {
    if (confirm(t('rules.confirmDelete', { name: stored.id }))) void model.remove(stored.id);
  };
  return (
    <main class="rules-page">
      <h1>{t('rules.title')}</h1>
      <p>{t('rules.intro')}</p>
      {model.loadError.value && <p role="alert">{model.loadError.value}</p>}
      <RuleList rules={model.rules.value} onEdit={(stored) => model.edit(stored)} onDelete={remove} />
      {!model.draft.value && (
        <button type="button" onClick={() => model.create()}>
          {t('rules.new')}
        </button>
      )}
      <RuleEditor model={model} />
    </main>
  );
}
