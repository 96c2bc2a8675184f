// Funding rounds, their status history and who invests in them.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { disputed, id, money } from './columns.js';
import { datePrecision, dealStatus, fundingStage } from './enums.js';
import { companies, people } from './facts.js';
import { amountDescKey, newestFirstKey, oldestFirstKey } from './sort-keys.js';

export const fundingRounds = pgTable(
  'funding_rounds',
  {
    id: id(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    stage: fundingStage('stage').notNull(),
    status: dealStatus('status').notNull(),
    // One currency per round; each amount keeps its USD equivalent where known.
    currency: text('currency').notNull(),
    amount: money('amount'),
    amountUsd: money('amount_usd'),
    preMoneyValuation: money('pre_money_valuation'),
    preMoneyValuationUsd: money('pre_money_valuation_usd'),
    postMoneyValuation: money('post_money_valuation'),
    postMoneyValuationUsd: money('post_money_valuation_usd'),
    announcedOn: date('announced_on'),
    announcedOnPrecision: datePrecision('announced_on_precision'),
    closedOn: date('closed_on'),
    closedOnPrecision: datePrecision('closed_on_precision'),
    /** The properties whose claims disagree, none preferred (rules/claims.ts); kept with the values. */
    disputed: disputed(),
    /** Raised by every update and status change; an update naming an older version is refused. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('funding_rounds_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      'funding_rounds_money_non_negative',
      sql`coalesce(${t.amount}, 0) >= 0 and coalesce(${t.amountUsd}, 0) >= 0
        and coalesce(${t.preMoneyValuation}, 0) >= 0 and coalesce(${t.preMoneyValuationUsd}, 0) >= 0
        and coalesce(${t.postMoneyValuation}, 0) >= 0 and coalesce(${t.postMoneyValuationUsd}, 0) >= 0`,
    ),
    index('funding_rounds_company_idx').on(t.companyId),
    index('funding_rounds_status_idx').on(t.status),
    index('funding_rounds_stage_idx').on(t.stage),
    index('funding_rounds_announced_on_idx').on(t.announcedOn),
    index('funding_rounds_amount_usd_idx').on(t.amountUsd),
    // One per FundingRoundOrder: its sort key then the ID, read backwards for the newest first.
    index('funding_rounds_newest_idx').on(newestFirstKey(t.announcedOn), t.id),
    index('funding_rounds_oldest_idx').on(oldestFirstKey(t.announcedOn), t.id),
    index('funding_rounds_largest_idx').on(amountDescKey(t.amountUsd), t.id),
  ],
);

/** Each status a round has had, in order, with the date the source gives and its citations. */
export const dealStatusChanges = pgTable(
  'deal_status_changes',
  {
    id: id(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => fundingRounds.id, { onDelete: 'cascade' }),
    status: dealStatus('status').notNull(),
    changedOn: date('changed_on'),
    changedOnPrecision: datePrecision('changed_on_precision'),
    /** When Moat learnt of it: orders changes that share a date (or have none). */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('deal_status_changes_round_idx').on(t.roundId, t.recordedAt)],
);

/** A company's or a person's part in a funding round. */
export const investments = pgTable(
  'investments',
  {
    id: id(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => fundingRounds.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    isLead: boolean('is_lead').notNull().default(false),
  },
  (t) => [
    check('investments_one_investor', sql`num_nonnulls(${t.companyId}, ${t.personId}) = 1`),
    unique('investments_round_company_unique').on(t.roundId, t.companyId),
    unique('investments_round_person_unique').on(t.roundId, t.personId),
    index('investments_round_idx').on(t.roundId),
    index('investments_company_idx').on(t.companyId),
    index('investments_person_idx').on(t.personId),
  ],
);
