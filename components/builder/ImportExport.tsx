import { t } from '../../lib/i18n';
import { exportFileName, exportScorecard, type ExportFormat } from '../../lib/scorecard-io';
import type { BuilderModel } from '../../lib/state/builder';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports the version on screen as JSON, .xlsx or .csv. */
export function ExportButtons({ model }: { model: BuilderModel }) {
  const version = model.current.value;
  if (!version) return null;
  return (
    <div class="export" role="group" aria-label={t('io.heading')}>
      {(['json', 'xlsx', 'csv'] as ExportFormat[]).map((format) => (
        <button key={format} type="button" onClick={() => void exportScorecard(version, format).then((blob) => download(blob, exportFileName(version, format)))}>
          {t('io.export', { format: `.${format}` })}
        </button>
      ))}
    </div>
  );
}

/** Imports a file as a new draft scorecard; a refused file lists every row and why. */
export function ImportForm({ model }: { model: BuilderModel }) {
  const problems = model.importProblems.value;
  return (
    <div class="import">
      <label>
        {t('io.import')}
        <input
          type="file"
          accept=".json,.xlsx,.csv,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) void model.importFile(file).finally(() => (input.value = ''));
          }}
        />
      </label>
      {problems.length > 0 && (
        <div role="alert" class="error">
          <p>{t('io.rejected', { count: problems.length })}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p.row === null ? p.message : t('io.row', { row: p.row, message: p.message })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
