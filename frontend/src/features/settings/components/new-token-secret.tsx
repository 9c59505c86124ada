import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/button';
import type { CreatedToken } from '../api/tokens';
import { CopyButton } from '@/components/ui/copy-button';

/** The only time a token's secret is shown: copy it now or create another. */
export function NewTokenSecret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="notice notice--success stack" aria-labelledby="token-secret-heading">
      <h3 id="token-secret-heading" ref={headingRef} tabIndex={-1}>
        Token “{token.name}” created
      </h3>
      <p>
        Copy it now and keep it somewhere safe, such as a password manager.{' '}
        <strong>You will not be able to see it again.</strong>
      </p>
      <label htmlFor="new-token-value" className="field__label">
        Your new token
      </label>
      <input id="new-token-value" className="input secret" readOnly value={token.token} onFocus={(event) => event.target.select()} />
      <div className="cluster">
        <CopyButton text={token.token} label="Copy token" targetId="new-token-value" />
        <Button variant="ghost" small onClick={onDone}>
          I have saved it
        </Button>
      </div>
    </section>
  );
}
