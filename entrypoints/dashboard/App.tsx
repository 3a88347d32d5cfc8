import { Builder } from '../../components/builder/Builder';
import type { BuilderModel } from '../../lib/state/builder';

/** The dashboard page (dashboard.html): for now, the QA admin's scorecard builder. */
export function App({ model }: { model: BuilderModel }) {
  return <Builder model={model} />;
}
