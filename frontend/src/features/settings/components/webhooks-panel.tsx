import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { Badge, Loading, QueryError } from '@/components/ui/status';
import { useUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/time';
import {
  useDeleteWebhook,
  useDeliveries,
  useRedeliver,
  useRotateWebhookSecret,
  useUpdateWebhook,
  useWebhooks,
  type Webhook,
  type WebhookWithSecret,
} from '../api/webhooks';
import { CopyButton } from '@/components/ui/copy-button';
import { WebhookForm } from './webhook-form';

export function WebhooksPanel() {
  const webhooks = useWebhooks();
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);

  return (
    <div className="stack">
      <div>
        <h2>Webhooks</h2>
        <p className="muted">
          Afterword can tell another service when follow-up work appears or is done. Each event is POSTed as JSON and
          signed following the Standard Webhooks specification (<code>webhook-id</code>, <code>webhook-timestamp</code>,{' '}
          <code>webhook-signature</code>); verify it with the endpoint’s secret. Failed deliveries are retried with
          backoff for about a day.
        </p>
      </div>
      {secret ? <SigningSecret webhook={secret} onDone={() => setSecret(null)} /> : null}
      <section className="stack" aria-labelledby="webhooks-heading">
        <h3 id="webhooks-heading">Endpoints</h3>
        {webhooks.isPending ? <Loading label="Loading endpoints…" /> : null}
        {webhooks.isError ? <QueryError error={webhooks.error} onRetry={() => void webhooks.refetch()} /> : null}
        {webhooks.isSuccess && webhooks.data.data.length === 0 ? <p className="muted">No endpoints yet.</p> : null}
        {webhooks.isSuccess && webhooks.data.data.length > 0 ? (
          <ul className="item-list">
            {webhooks.data.data.map((webhook) => (
              <WebhookItem key={webhook.id} webhook={webhook} onSecret={setSecret} />
            ))}
          </ul>
        ) : null}
      </section>
      <section className="card">
        <WebhookForm onCreated={setSecret} />
      </section>
    </div>
  );
}

function SigningSecret({ webhook, onDone }: { webhook: WebhookWithSecret; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [webhook.secret]);
  return (
    <section className="notice notice--success stack" aria-labelledby="webhook-secret-heading">
      <h3 id="webhook-secret-heading" ref={headingRef} tabIndex={-1}>
        Signing secret for {webhook.url}
      </h3>
      <p>
        Give it to the receiving service so it can verify each event. <strong>It is shown only now.</strong>
      </p>
      <label htmlFor="webhook-secret" className="field__label">
        Signing secret
      </label>
      <input id="webhook-secret" className="input secret" readOnly value={webhook.secret} onFocus={(event) => event.target.select()} />
      <div className="cluster">
        <CopyButton text={webhook.secret} label="Copy secret" targetId="webhook-secret" />
        <Button variant="ghost" small onClick={onDone}>
          I have saved it
        </Button>
      </div>
    </section>
  );
}

function WebhookItem({ webhook, onSecret }: { webhook: Webhook; onSecret: (webhook: WebhookWithSecret) => void }) {
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const rotate = useRotateWebhookSecret();
  const [showDeliveries, setShowDeliveries] = useState(false);
  const error = update.error ?? remove.error ?? rotate.error;

  return (
    <li className="card card--flat stack">
      <div>
        <h4 className="subheading">
          <code>{webhook.url}</code>{' '}
          {webhook.is_active ? <Badge tone="success">Active</Badge> : <Badge tone="warning">Paused</Badge>}
        </h4>
        {webhook.description ? <p>{webhook.description}</p> : null}
        {webhook.disabled_reason ? <p className="muted">Paused: {webhook.disabled_reason}</p> : null}
        <p className="muted">Events: {webhook.event_types.join(', ')}</p>
      </div>
      {error ? <QueryError error={error} title="That change could not be saved." /> : null}
      <div className="cluster">
        <Button
          variant="secondary"
          small
          pending={update.isPending}
          pendingLabel="Saving…"
          onClick={() => update.mutate({ id: webhook.id, patch: { is_active: !webhook.is_active } })}
        >
          {webhook.is_active ? 'Pause' : 'Resume'}
        </Button>
        <Button
          variant="secondary"
          small
          pending={rotate.isPending}
          pendingLabel="Rotating…"
          onClick={() => {
            if (window.confirm('Make a new signing secret? The current one keeps working for 24 hours.'))
              rotate.mutate(webhook.id, { onSuccess: onSecret });
          }}
        >
          New secret
        </Button>
        <Button variant="ghost" small aria-expanded={showDeliveries} onClick={() => setShowDeliveries((shown) => !shown)}>
          {showDeliveries ? 'Hide deliveries' : 'Recent deliveries'}
        </Button>
        <Button
          variant="danger"
          small
          pending={remove.isPending}
          pendingLabel="Deleting…"
          onClick={() => {
            if (window.confirm(`Delete the endpoint ${webhook.url}? It receives nothing more.`)) remove.mutate(webhook.id);
          }}
        >
          Delete
        </Button>
      </div>
      {showDeliveries ? <Deliveries webhookId={webhook.id} /> : null}
    </li>
  );
}

function Deliveries({ webhookId }: { webhookId: string }) {
  const user = useUser();
  const deliveries = useDeliveries(webhookId, true);
  const redeliver = useRedeliver(webhookId);

  if (deliveries.isPending) return <Loading label="Loading deliveries…" />;
  if (deliveries.isError) return <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />;
  if (deliveries.data.data.length === 0) return <p className="muted">No deliveries yet.</p>;
  return (
    <ScrollRegion label="Recent deliveries">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">When</th>
            <th scope="col">Result</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.data.data.map((delivery) => (
            <tr key={delivery.id}>
              <th scope="row">
                <code>{delivery.event_type}</code>
              </th>
              <td>
                <time dateTime={delivery.created_at}>{formatDateTime(delivery.created_at, user.timezone)}</time>
              </td>
              <td>
                {delivery.status === 'succeeded' ? 'Delivered' : delivery.status === 'failed' ? 'Failed' : 'Pending'}
                {delivery.response_status ? ` (HTTP ${delivery.response_status})` : ''}
                {delivery.attempts > 1 ? `, ${delivery.attempts} attempts` : ''}
                {delivery.last_error ? <span className="muted"> · {delivery.last_error}</span> : null}
              </td>
              <td>
                {delivery.status === 'failed' ? (
                  <Button
                    variant="secondary"
                    small
                    aria-label={`Deliver ${delivery.event_type} again`}
                    pending={redeliver.isPending && redeliver.variables === delivery.id}
                    pendingLabel="Queued…"
                    onClick={() => redeliver.mutate(delivery.id)}
                  >
                    Deliver again
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
