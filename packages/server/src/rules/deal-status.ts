// How a funding round's deal moves: RUMORED → IN_NEGOTIATION → ANNOUNCED → CLOSED, or CANCELLED.

export const DEAL_STATUSES = ['RUMORED', 'IN_NEGOTIATION', 'ANNOUNCED', 'CLOSED', 'CANCELLED'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** Rounds that count as money raised: a reported negotiation is news, not money. */
export const COUNTED_STATUSES: readonly DealStatus[] = ['ANNOUNCED', 'CLOSED'];

/** How far each status is along the way; a round only moves forward, or is cancelled. */
const PROGRESS: Record<DealStatus, number> = {
  RUMORED: 0,
  IN_NEGOTIATION: 1,
  ANNOUNCED: 2,
  CLOSED: 3,
  CANCELLED: 4,
};

/** Why a round may not go from one status to another; undefined when it may. */
export function refusedTransition(from: DealStatus, to: DealStatus): string | undefined {
  if (from === to) return `the round is already ${to}`;
  if (from === 'CLOSED' || from === 'CANCELLED') return `a ${from} round does not change status`;
  if (to !== 'CANCELLED' && PROGRESS[to] < PROGRESS[from])
    return `a round does not go back from ${from} to ${to}`;
  return undefined;
}
