import { sql } from 'drizzle-orm';

// Orderings shared by lists under several types. Each sort key is never null, so a cursor can
// always pass it, and the ID breaks ties so pages never skip or repeat.

/** Quotes, newest first; undated ones last. */
export const NEWEST_QUOTES_FIRST = {
  extras: { saidSort: (q: { saidOn: unknown }) => sql<string>`coalesce(${q.saidOn}, date '0001-01-01')` },
  orderBy: { saidSort: 'desc', id: 'asc' },
} as const;

/** Investments, in the newest rounds first; rounds with no date last. */
export const NEWEST_INVESTMENTS_FIRST = {
  extras: {
    roundSort: (i: { roundId: unknown }) =>
      sql<string>`coalesce((select r.announced_on from funding_rounds r where r.id = ${i.roundId}), date '0001-01-01')`,
  },
  orderBy: { roundSort: 'desc', id: 'asc' },
} as const;

/** Funding rounds, newest first; undated ones last. */
export const NEWEST_ROUNDS_FIRST = {
  extras: {
    announcedSort: (r: { announcedOn: unknown }) =>
      sql<string>`coalesce(${r.announcedOn}, date '0001-01-01')`,
  },
  orderBy: { announcedSort: 'desc', id: 'asc' },
} as const;

/** Quotes, oldest first; undated ones still last. */
export const OLDEST_QUOTES_FIRST = {
  extras: { saidSort: (q: { saidOn: unknown }) => sql<string>`coalesce(${q.saidOn}, date '9999-12-31')` },
  orderBy: { saidSort: 'asc', id: 'asc' },
} as const;
