import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Loading, QueryError } from '@/components/ui/status';
import { useUser } from '@/lib/auth';
import { formatDateTime } from '@/lib/time';
import { useCalendarFeed, useDeleteCalendarFeed, useRotateCalendarFeed, type CalendarFeedAddress } from '../api/calendar-feed';
import { CopyButton } from '@/components/ui/copy-button';

export function CalendarFeedPanel() {
  const user = useUser();
  const feed = useCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const remove = useDeleteCalendarFeed();
  const [address, setAddress] = useState<CalendarFeedAddress | null>(null);

  const makeAddress = () => {
    const replacing = feed.data?.enabled;
    if (replacing && !window.confirm('Make a new address? Calendars subscribed to the current one stop updating.')) return;
    rotate.mutate(undefined, { onSuccess: setAddress });
  };

  const turnOff = () => {
    if (!window.confirm('Turn the calendar feed off? Calendars subscribed to it stop updating.')) return;
    setAddress(null);
    remove.mutate();
  };

  return (
    <div className="stack">
      <div>
        <h2>Calendar feed</h2>
        <p className="muted">
          See your open follow-up tasks and upcoming interviews in Google Calendar, Outlook or Apple Calendar: subscribe
          to a private address (“add calendar from URL”). Anyone with the address can read the feed, so keep it to
          yourself; make a new one if it leaks.
        </p>
      </div>
      {feed.isPending ? <Loading label="Loading the feed’s status…" /> : null}
      {feed.isError ? <QueryError error={feed.error} onRetry={() => void feed.refetch()} /> : null}
      {rotate.isError ? <QueryError error={rotate.error} title="A new address could not be made." /> : null}
      {remove.isError ? <QueryError error={remove.error} title="The feed could not be turned off." /> : null}

      {address ? (
        <section className="notice notice--success stack" aria-labelledby="feed-address-heading">
          <h3 id="feed-address-heading">Your feed’s address</h3>
          <p>
            Copy it into your calendar app now. <strong>It is shown only this once.</strong>
          </p>
          <label htmlFor="feed-address" className="field__label">
            Feed address
          </label>
          <input id="feed-address" className="input secret" readOnly value={address.url} onFocus={(event) => event.target.select()} />
          <CopyButton text={address.url} label="Copy address" targetId="feed-address" />
        </section>
      ) : null}

      {feed.isSuccess ? (
        <div className="card stack">
          <p>
            {feed.data.enabled && feed.data.created_at ? (
              <>
                The feed is <strong>on</strong>; its address was made{' '}
                <time dateTime={feed.data.created_at}>{formatDateTime(feed.data.created_at, user.timezone)}</time>.
              </>
            ) : (
              <>
                The feed is <strong>off</strong>.
              </>
            )}
          </p>
          <div className="cluster">
            <Button onClick={makeAddress} pending={rotate.isPending} pendingLabel="Making an address…">
              {feed.data.enabled ? 'Make a new address' : 'Turn on and get the address'}
            </Button>
            {feed.data.enabled ? (
              <Button variant="danger" onClick={turnOff} pending={remove.isPending} pendingLabel="Turning off…">
                Turn the feed off
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
