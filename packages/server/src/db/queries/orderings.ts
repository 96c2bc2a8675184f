import { sql } from 'drizzle-orm';
import { newestFirstKey, oldestFirstKey } from '../tables/sort-keys.js';
import type { ListOrder } from './lists.js';

// Orderings shared by lists under several types. Each sort key is never null, so a cursor can
// always pass it, and the ID breaks ties so pages never skip or repeat.

/** Quotes, newest first; undated ones last. */
export const QUOTES_NEWEST: ListOrder<{ saidOn: unknown }> = {
  key: (q) => newestFirstKey(q.saidOn),
  form: 'date',
  direction: 'desc',
};

/** Quotes, oldest first; undated ones still last. */
export const QUOTES_OLDEST: ListOrder<{ saidOn: unknown }> = {
  key: (q) => oldestFirstKey(q.saidOn),
  form: 'date',
  direction: 'asc',
};

/** Investments, in the newest rounds first; rounds with no date last. */
export const INVESTMENTS_NEWEST: ListOrder<{ roundId: unknown }> = {
  key: (i) => newestFirstKey(sql`(select r.announced_on from funding_rounds r where r.id = ${i.roundId})`),
  form: 'date',
  direction: 'desc',
};

/** Funding rounds, newest first; undated ones last. */
export const ROUNDS_NEWEST: ListOrder<{ announcedOn: unknown }> = {
  key: (r) => newestFirstKey(r.announcedOn),
  form: 'date',
  direction: 'desc',
};
