import { Badge } from '@/components/ui/status';
import { outcomeLabel, statusLabel, type InterviewOutcome, type InterviewStatus } from '../api/types';

const OUTCOME_TONES: Record<InterviewOutcome, 'accent' | 'success' | 'danger' | 'warning' | undefined> = {
  pending: undefined,
  advanced: 'accent',
  offer: 'success',
  rejected: 'danger',
  withdrawn: 'warning',
};

export function StatusBadge({ status }: { status: InterviewStatus }) {
  return <Badge tone={status === 'cancelled' ? 'warning' : undefined}>{statusLabel(status)}</Badge>;
}

export function OutcomeBadge({ outcome }: { outcome: InterviewOutcome }) {
  return <Badge tone={OUTCOME_TONES[outcome]}>{outcomeLabel(outcome)}</Badge>;
}
