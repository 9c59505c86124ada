import { formatDayLabel } from '@/lib/time';

export function LastContacted({ at, now, timeZone }: { at: string | null; now: Date; timeZone: string }) {
  if (!at) return <>not in touch yet</>;
  return (
    <>
      last in touch <time dateTime={at}>{formatDayLabel(new Date(at), now, timeZone)}</time>
    </>
  );
}
