import { useState, type FormEvent } from 'react';
import { ErrorSummary, useFormErrors } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/status';
import { fieldId } from '@/lib/problem';
import { EXPORT_LINKS, useImportData, type ImportCounts } from '../api/data-transfer';

const MAX_BYTES = 20 * 1024 * 1024;

function describeCounts(counts: ImportCounts): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([section, count]) => `${count} ${section.replace(/_/g, ' ')}`);
  return parts.length > 0 ? `Imported ${parts.join(', ')}.` : 'The file held nothing to import.';
}

export function DataPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const importData = useImportData();
  const form = useFormErrors();
  const inputId = fieldId('import-file');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (!file) {
      form.setErrors({ fields: {}, form: ['Choose an export file (.json) to import.'] });
      return;
    }
    if (file.size > MAX_BYTES) {
      form.setErrors({ fields: {}, form: ['This file is too large to be an Afterword export.'] });
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      form.setErrors({ fields: {}, form: ['This file is not JSON. Choose a file made by “Download everything”.'] });
      return;
    }
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      form.setErrors({ fields: {}, form: ['This file is not an Afterword export.'] });
      return;
    }
    form.clear();
    importData.mutate(document as Record<string, unknown>, {
      onSuccess: (counts) => setResult(describeCounts(counts)),
      onError: form.capture,
    });
  };

  return (
    <div className="stack">
      <div>
        <h2>Your data</h2>
        <p className="muted">Everything you keep in Afterword is yours to take elsewhere or to back up.</p>
      </div>
      <section className="card stack" aria-labelledby="export-heading">
        <h3 id="export-heading">Download</h3>
        <ul className="stack link-list">
          <li>
            <a href={EXPORT_LINKS.everything} download="afterword-export.json">
              Download everything
            </a>{' '}
            <span className="muted">as one JSON file, which can be imported again</span>
          </li>
          <li>
            <a href={EXPORT_LINKS.interviewsCsv} download="afterword-interviews.csv">
              Interviews as CSV
            </a>{' '}
            <span className="muted">for a spreadsheet</span>
          </li>
          <li>
            <a href={EXPORT_LINKS.tasksCsv} download="afterword-tasks.csv">
              Follow-up tasks as CSV
            </a>{' '}
            <span className="muted">for a spreadsheet</span>
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="import-heading">
        <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="import-heading">
          <h3 id="import-heading">Import</h3>
          <p className="muted">
            Adds what an export file holds to this account, as new records: nothing here is replaced. If any part of
            the file is wrong, nothing is imported.
          </p>
          <ErrorSummary errors={form.errors} title="Nothing was imported" />
          <div className="field">
            <label htmlFor={inputId} className="field__label">
              Export file
            </label>
            <input
              id={inputId}
              type="file"
              accept=".json,application/json"
              className="input input--file"
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
          <div className="form-actions">
            <Button type="submit" variant="secondary" pending={importData.isPending} pendingLabel="Importing…">
              Import
            </Button>
          </div>
          <div aria-live="polite">
            {result ? (
              <Notice tone="success">
                <p>{result}</p>
              </Notice>
            ) : null}
          </div>
        </form>
      </section>
    </div>
  );
}
