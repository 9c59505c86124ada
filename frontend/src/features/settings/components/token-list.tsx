import { ScrollRegion } from '@/components/ui/scroll-region';
import { Button } from '@/components/ui/button';
import { QueryError } from '@/components/ui/status';
import { useUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/time';
import { useRevokeToken, type Token } from '../api/tokens';

export function TokenList({ tokens }: { tokens: Token[] }) {
  const user = useUser();
  const revoke = useRevokeToken();

  const confirmRevoke = (token: Token) => {
    if (window.confirm(`Revoke “${token.name}”? Anything using it stops working at once.`)) revoke.mutate(token.id);
  };

  return (
    <div className="stack">
      {revoke.isError ? <QueryError error={revoke.error} title="The token could not be revoked." /> : null}
      <ScrollRegion label="Your active tokens">
        <table className="table">
          <caption className="visually-hidden">Your active tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Access</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{token.scopes.join(', ')}</td>
                <td>
                  <time dateTime={token.expires_at}>{formatDateTime(token.expires_at, user.timezone)}</time>
                </td>
                <td>
                  <Button
                    variant="danger"
                    small
                    onClick={() => confirmRevoke(token)}
                    pending={revoke.isPending && revoke.variables === token.id}
                    pendingLabel="Revoking…"
                  >
                    Revoke<span className="visually-hidden"> {token.name}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
