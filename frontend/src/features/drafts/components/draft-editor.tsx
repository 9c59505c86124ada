import { useCallback, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { TextAreaField, TextField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { QueryError } from '@/components/ui/status';
import { ApiError, isApiError } from '@/lib/api-error';
import { useDebouncedCallback } from '@/lib/use-debounced-callback';
import type { VersionedDraft } from '../api/get-draft';
import { draftEmlHref } from '../api/get-draft';
import { CHANNEL_LABELS, type DraftPatch } from '../api/types';
import { useUpdateDraft } from '../api/update-draft';
import { ChecksPanel } from '@/components/checks/checks-panel';
import { CopyButton } from '@/components/ui/copy-button';
import { countWords } from '@/lib/word-count';

const AUTOSAVE_MS = 800;
const LINKEDIN_LIMIT = 300;

interface Text {
  subject: string;
  body: string;
}

type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

function saveErrorMessage(error: unknown): string {
  if (isApiError(error) && error.status === 412)
    return 'This draft was changed elsewhere (another tab?), so your last edits were not saved. Copy them if you want to keep them, then load the latest version.';
  if (isApiError(error) && error.status === 409) return 'This note was already sent; a sent note can no longer change.';
  return isApiError(error) ? error.message : 'Your last edits could not be saved.';
}

/**
 * Edits a draft with autosave: each pause in typing saves the text, and the checks come back
 * recomputed. Saves run one at a time, each with the version the previous one returned.
 */
export function DraftEditor({ versioned, onReload }: { versioned: VersionedDraft; onReload: () => void }) {
  const navigate = useNavigate();
  const { draft } = versioned;
  const isEmail = draft.channel === 'email';
  const [text, setText] = useState<Text>({ subject: draft.subject ?? '', body: draft.body });
  const [state, setState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<unknown>(null);
  const update = useUpdateDraft(draft.id);

  const etag = useRef(versioned.etag);
  // The server's latest copy: its mailto link is built from the text as last saved.
  const latest = useRef(draft);
  const saved = useRef<Text>({ subject: draft.subject ?? '', body: draft.body });
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const { mutateAsync } = update;

  const send = useCallback(
    (patch: DraftPatch) => {
      const run = async (): Promise<boolean> => {
        try {
          const result = await mutateAsync({ patch, etag: etag.current });
          etag.current = result.etag;
          latest.current = result.draft;
          return true;
        } catch (error) {
          setSaveError(error);
          setState('failed');
          return false;
        }
      };
      chain.current = chain.current.then(run, run);
      return chain.current;
    },
    [mutateAsync],
  );

  const save = useCallback(
    (next: Text) => {
      if (next.subject === saved.current.subject && next.body === saved.current.body) {
        setState('saved');
        return chain.current;
      }
      setState('saving');
      const patch: DraftPatch = isEmail ? { subject: next.subject || null, body: next.body } : { body: next.body };
      return send(patch).then((ok) => {
        if (ok) {
          saved.current = next;
          setSaveError(null);
          setState((current) => (current === 'saving' ? 'saved' : current));
        }
        return ok;
      });
    },
    [isEmail, send],
  );

  const autosave = useDebouncedCallback((next: Text) => void save(next), AUTOSAVE_MS);

  const edit = (next: Text) => {
    setText(next);
    setState('pending');
    autosave.run(next);
  };

  /** Saves what is on screen now; the answer says whether everything is saved. */
  const ensureSaved = async (): Promise<boolean> => {
    autosave.cancel();
    return save(text);
  };

  const openWithSavedText = async (href: () => string | null) => {
    if (!(await ensureSaved())) return;
    const target = href();
    if (target) window.location.assign(target);
  };

  const markSent = async () => {
    if (!(await ensureSaved())) return;
    await send({ status: 'sent' });
  };

  const discard = async () => {
    if (!window.confirm('Discard this draft? Its task stays on your agenda.')) return;
    autosave.cancel();
    if (await send({ status: 'discarded' })) await navigate('/drafts', { state: { notice: 'Draft discarded.' } });
  };

  const words = countWords(text.body);
  const stale = state === 'pending' || state === 'saving';

  return (
    <div className="draft-layout">
      <div className="stack">
        <p className="muted">
          {CHANNEL_LABELS[draft.channel]}
          {draft.to ? (
            <>
              {' '}
              to <strong>{draft.to.name ?? draft.to.email}</strong>
              {draft.to.email && draft.to.name ? ` <${draft.to.email}>` : ''}
            </>
          ) : null}{' '}
          · <Link to={`/interviews/${draft.interview_id}`}>the interview</Link>
        </p>

        {isEmail ? (
          <TextField
            name="subject"
            label="Subject"
            value={text.subject}
            onChange={(event) => edit({ ...text, subject: event.target.value })}
            onBlur={() => autosave.flush()}
          />
        ) : null}
        <TextAreaField
          name="body"
          label="Message"
          className="draft-body"
          rows={isEmail ? 16 : 8}
          hint={
            isEmail
              ? `${words} ${words === 1 ? 'word' : 'words'}; 50 to 250 read best.`
              : `${Array.from(text.body.trim()).length} of ${LINKEDIN_LIMIT} characters.`
          }
          value={text.body}
          onChange={(event) => edit({ ...text, body: event.target.value })}
          onBlur={() => autosave.flush()}
        />

        <p className="save-state" role="status">
          {state === 'saved' ? 'All changes saved.' : state === 'failed' ? 'Not saved.' : 'Saving…'}
        </p>
        {state === 'failed' ? (
          <QueryError
            error={saveError instanceof ApiError ? saveError : null}
            title={saveErrorMessage(saveError)}
            onRetry={isApiError(saveError) && saveError.status === 412 ? onReload : () => void ensureSaved()}
          />
        ) : null}

        <div className="form-actions">
          {isEmail && draft.mailto ? (
            <Button onClick={() => void openWithSavedText(() => latest.current.mailto)}>
              Open in your mail app
            </Button>
          ) : null}
          {isEmail ? (
            <Button variant="secondary" onClick={() => void openWithSavedText(() => draftEmlHref(draft.id))}>
              Download .eml
            </Button>
          ) : null}
          <CopyButton text={isEmail && text.subject ? `${text.subject}\n\n${text.body}` : text.body} label="Copy the text" />
        </div>
        <div className="form-actions">
          <Button variant="secondary" onClick={() => void markSent()} pending={update.isPending && update.variables.patch.status === 'sent'} pendingLabel="Marking…">
            I sent it
          </Button>
          <Button variant="danger" onClick={() => void discard()}>
            Discard
          </Button>
        </div>
        <p className="muted">
          Marking it sent completes its task and notes that you were in touch with {draft.to?.name ?? 'them'}.
        </p>
      </div>
      <ChecksPanel checks={draft.checks} stale={stale} />
    </div>
  );
}
