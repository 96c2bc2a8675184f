// The sort keys of orderings that put missing values last. A cursor cannot page past a null, so
// these orderings sort by a never-null expression; the tables index the same expressions, so a
// page reads its rows in index order and stops after `first`.
import { sql } from 'drizzle-orm';

/** Largest amount first; no amount sorts below every amount (amounts are never negative). */
export const amountDescKey = (amount: unknown) => sql<string>`coalesce(${amount}, -1)`;
/** Newest date first; no date sorts below every date. */
export const newestFirstKey = (date: unknown) => sql<string>`coalesce(${date}, date '0001-01-01')`;
/** Oldest date first; no date sorts above every date. */
export const oldestFirstKey = (date: unknown) => sql<string>`coalesce(${date}, date '9999-12-31')`;
