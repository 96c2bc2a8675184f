import type { DealStatus } from '../generated/graphql';

const LABELS: Record<DealStatus, string> = {
  RUMORED: 'Rumored',
  IN_NEGOTIATION: 'In negotiation',
  ANNOUNCED: 'Announced',
  CLOSED: 'Closed',
  CANCELLED: 'Cancelled',
};

/** Said in words, and styled apart: a rumour or a negotiation must never look like a closed deal. */
export function StatusBadge({ status }: { status: DealStatus }) {
  const settled = status === 'ANNOUNCED' || status === 'CLOSED';
  return (
    <span className={`badge badge-${status.toLowerCase().replace('_', '-')}`} data-status={status}>
      {LABELS[status]}
      {!settled && status !== 'CANCELLED' && <span className="visually-hidden"> (not final)</span>}
    </span>
  );
}
