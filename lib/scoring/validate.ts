import { NOT_APPLICABLE, type PublishProblem, type ScorecardVersion } from '../domain';
import { maxPointsOf } from './score';

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What stands between a draft and publishing, each problem with the path of the field the
 * builder shows it beside. Empty when the version can be published. The server runs the
 * same function, so the builder and the API refuse with the same messages.
 */
export function validateForPublishing(version: ScorecardVersion): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  if (version.sections.length === 0) add('sections', 'Add at least one section before publishing.');
  const sectionIds = new Set<string>();
  const itemIds = new Set<string>();
  let maximum = 0;

  version.sections.forEach((section, s) => {
    const at = `sections.${s}`;
    if (sectionIds.has(section.id)) add(`${at}.id`, `Another section already has the id "${section.id}".`);
    sectionIds.add(section.id);
    if (section.items.length === 0) add(`${at}.items`, `Section "${section.title}" has no items: add one or remove the section.`);

    const texts = new Set<string>();
    section.items.forEach((item, i) => {
      const itemAt = `${at}.items.${i}`;
      if (itemIds.has(item.id)) add(`${itemAt}.id`, `Another item already has the id "${item.id}".`);
      itemIds.add(item.id);
      const text = normalise(item.text);
      if (texts.has(text)) add(`${itemAt}.text`, `"${item.text}" appears twice in section "${section.title}".`);
      texts.add(text);

      const values = new Set<string>();
      item.scale.options.forEach((option, o) => {
        const optionAt = `${itemAt}.scale.options.${o}.value`;
        if (option.value === NOT_APPLICABLE) add(optionAt, `"${NOT_APPLICABLE}" is reserved for N/A; use another value.`);
        else if (values.has(option.value)) add(optionAt, `Two answers of "${item.text}" have the value "${option.value}".`);
        values.add(option.value);
        // A failing answer means the behaviour did not happen: it gives nothing, so N/A never scores lower.
        if (option.fails && option.points > 0 && (item.effect ?? 'score') !== 'minus') {
          add(`${itemAt}.scale.options.${o}.points`, `"${option.label}" fails "${item.text}" and so gives no points.`);
        }
      });
      if (item.critical !== 'none' && !item.scale.options.some((o) => o.fails)) {
        add(`${itemAt}.critical`, `"${item.text}" is critical but no answer fails it: mark the failing answer.`);
      }
      if ((item.effect ?? 'score') === 'score') {
        maximum += maxPointsOf(item) * (item.weight ?? 1) * (section.weight ?? 1);
      }
    });
  });

  if (version.sections.some((s) => s.items.length > 0) && maximum <= 0) {
    add('sections', 'The form has no attainable maximum: give at least one scored item an answer worth points.');
  }
  if (version.rushHourScorecardId === version.scorecardId) {
    add('rushHourScorecardId', 'A scorecard cannot be its own rush-hour form.');
  }
  return problems;
}
