import { rangeScale, yesNoScale, yesPartlyNoScale, type Scale, type ScaleOption } from '../domain';
import { t } from '../i18n';

/**
 * How a scale is written in a sheet's Scale and Points cells (README, "Scorecard sheets"):
 * `yes-no` or `yes-partly-no` with the points of Yes; a range such as `1-5` with the
 * points of each step; or a list `Great = 2; OK = 1; Poor = 0 (fails)` whose points are in it.
 */
export interface ScaleCells {
  scale: string;
  points: number | null;
}

const sameOptions = (a: readonly ScaleOption[], b: readonly ScaleOption[]) =>
  a.length === b.length &&
  a.every((o, i) => {
    const other = b[i];
    return other !== undefined && o.value === other.value && o.label === other.label && o.points === other.points && o.fails === other.fails;
  });

export function scaleToCells(scale: Scale): ScaleCells {
  const first = scale.options[0];
  const second = scale.options[1];
  const last = scale.options[scale.options.length - 1];
  if (first && scale.kind === 'yes-no' && sameOptions(scale.options, yesNoScale(first.points).options)) {
    return { scale: 'yes-no', points: first.points };
  }
  if (first && scale.kind === 'yes-partly-no' && sameOptions(scale.options, yesPartlyNoScale(first.points).options)) {
    return { scale: 'yes-partly-no', points: first.points };
  }
  if (first && second && last && scale.kind === 'range') {
    const from = Number(first.value);
    const to = Number(last.value);
    const step = second.points;
    if (Number.isInteger(from) && Number.isInteger(to) && sameOptions(scale.options, rangeScale(from, to, step).options)) {
      return { scale: `${from}-${to}`, points: step };
    }
  }
  return {
    scale: scale.options.map((o) => `${o.label} = ${o.points}${o.fails ? ' (fails)' : ''}`).join('; '),
    points: null,
  };
}

export type ScaleRead = { ok: true; scale: Scale } | { ok: false; message: string };

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);

/** Reads the Scale and Points cells; the points cell is text as typed ('' when empty). */
export function scaleFromCells(scaleText: string, pointsText: string): ScaleRead {
  const kind = scaleText.trim().toLowerCase().replace(/\s+/g, '');
  let points: number | undefined;
  if (pointsText.trim() !== '') {
    points = Number(pointsText.trim().replace(',', '.'));
    if (!Number.isFinite(points) || points < 0 || points > 1000) {
      return { ok: false, message: t('io.badPoints', { value: pointsText }) };
    }
  }
  if (kind === '' || kind === 'yes-no' || kind === 'yes/no') return { ok: true, scale: yesNoScale(points ?? 1) };
  if (kind === 'yes-partly-no' || kind === 'yes/partly/no') return { ok: true, scale: yesPartlyNoScale(points ?? 2) };
  const range = /^(?:range)?(\d{1,3})[-–](\d{1,3})$/.exec(kind);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to <= from || to - from > 10) return { ok: false, message: t('io.badRange', { value: scaleText }) };
    return { ok: true, scale: rangeScale(from, to, points ?? 1) };
  }
  if (scaleText.includes('=')) return customScale(scaleText);
  return { ok: false, message: t('io.badScale', { value: scaleText }) };
}

function customScale(text: string): ScaleRead {
  const options: ScaleOption[] = [];
  const used = new Set<string>(['na']);
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(.+?)\s*=\s*(\d+(?:[.,]\d+)?)\s*(\(fails\))?$/i.exec(part);
    if (!match) return { ok: false, message: t('io.badOption', { value: part }) };
    const label = (match[1] ?? '').trim();
    let value = slug(label) || `option-${options.length + 1}`;
    while (used.has(value)) value = `${value}-${options.length + 1}`;
    used.add(value);
    options.push({ value, label, points: Number((match[2] ?? '0').replace(',', '.')), fails: Boolean(match[3]) });
  }
  if (options.length < 2 || options.length > 11) return { ok: false, message: t('io.optionCount', { value: text }) };
  return { ok: true, scale: { kind: 'custom', options } };
}

export { slug };
