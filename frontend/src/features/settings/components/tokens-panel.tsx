import { useState } from 'react';
import { Loading, QueryError } from '@/components/ui/status';
import { useTokens, type CreatedToken } from '../api/tokens';
import { NewTokenSecret } from './new-token-secret';
import { TokenForm } from './token-form';
import { TokenList } from './token-list';

export function TokensPanel() {
  const tokens = useTokens();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const origin = window.location.origin;

  return (
    <div className="stack">
      <div>
        <h2>Access tokens</h2>
        <p className="muted">
          A personal access token lets your own scripts use the Afterword API as you, limited to the access you
          give it. Send it as a bearer token:
        </p>
        <pre className="code-block">
          <code>{`curl -H "Authorization: Bearer aw_pat_…" ${origin}/v1/interviews`}</code>
        </pre>
      </div>

      {created ? <NewTokenSecret token={created} onDone={() => setCreated(null)} /> : null}

      <section className="stack" aria-labelledby="active-tokens-heading">
        <h3 id="active-tokens-heading">Active tokens</h3>
        {tokens.isPending ? <Loading label="Loading tokens…" /> : null}
        {tokens.isError ? <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
        {tokens.isSuccess && tokens.data.length === 0 ? (
          <p className="muted">No active tokens. Nothing can use the API as you until you create one.</p>
        ) : null}
        {tokens.isSuccess && tokens.data.length > 0 ? <TokenList tokens={tokens.data} /> : null}
      </section>

      <section className="card">
        <TokenForm onCreated={setCreated} />
      </section>
    </div>
  );
}
