import type { StoredDetectorRule } from '../../lib/domain';
import { t } from '../../lib/i18n';

const nameOf = (stored: StoredDetectorRule) =>
  typeof stored.rule === 'object' && stored.rule !== null && 'name' in stored.rule && typeof stored.rule.name === 'string'
    ? stored.rule.name
    : stored.id;

interface Props {
  rules: StoredDetectorRule[];
  onEdit: (stored: StoredDetectorRule) => void;
  onDelete: (stored: StoredDetectorRule) => void;
}

/** The organisation's custom rules, each with edit and delete. */
export function RuleList({ rules, onEdit, onDelete }: Props) {
  if (rules.length === 0) return <p>{t('rules.none')}</p>;
  return (
    <ul aria-label={t('rules.listLabel')} class="rule-list">
      {rules.map((stored) => (
        <li key={stored.id}>
          <span class="rule-name">{nameOf(stored)}</span> <code>{stored.id}</code>{' '}
          <button type="button" onClick={() => onEdit(stored)}>
            {t('rules.edit', { name: nameOf(stored) })}
          </button>{' '}
          <button type="button" onClick={() => onDelete(stored)}>
            {t('rules.delete', { name: nameOf(stored) })}
          </button>
        </li>
      ))}
    </ul>
  );
}
