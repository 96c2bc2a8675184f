// The SQL behind funding rounds: their lists, and the investors and history their writes keep.
import { and, eq, gte, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { PartialDate } from '../../rules/dates.js';
import type { DealStatus } from '../../rules/deal-status.js';
import type { Transaction } from '../audit.js';
import { dateColumns } from '../date-columns.js';
import {
  companies,
  dealStatusChanges,
  type FundingRoundRow,
  type FundingStageValue,
  fundingRounds,
  investments,
  people,
} from '../schema.js';
import { amountDescKey, newestFirstKey, oldestFirstKey } from '../tables/sort-keys.js';
import { dateRange, type ListOrder } from './lists.js';
import { insertOne } from './rows.js';

export interface FundingRoundFilter {
  company?: string | null;
  investor?: string | null;
  status?: DealStatus[] | null;
  stage?: FundingStageValue[] | null;
  announcedFrom?: string | null;
  announcedTo?: string | null;
  minAmountUsd?: string | null;
}

export type FundingRoundOrder = 'ANNOUNCED_ON_DESC' | 'ANNOUNCED_ON_ASC' | 'AMOUNT_USD_DESC';

type RoundColumns = { amountUsd: unknown; announcedOn: unknown };

/** Each order's sort key, served by the index of the same expression (tables/rounds.ts). */
const ROUND_ORDERS: Record<FundingRoundOrder, ListOrder<RoundColumns>> = {
  ANNOUNCED_ON_DESC: { key: (r) => newestFirstKey(r.announcedOn), form: 'date', direction: 'desc' },
  ANNOUNCED_ON_ASC: { key: (r) => oldestFirstKey(r.announcedOn), form: 'date', direction: 'asc' },
  AMOUNT_USD_DESC: { key: (r) => amountDescKey(r.amountUsd), form: 'decimal', direction: 'desc' },
};

export function fundingRoundOrder(order: FundingRoundOrder | null | undefined): ListOrder<RoundColumns> {
  return ROUND_ORDERS[order ?? 'ANNOUNCED_ON_DESC'];
}

/**
 * Rounds the company or person with this slug joined, found from the investor's side (its few
 * investments) rather than by testing every round in the list's order.
 */
const joinedBy = (slug: string) => (round: { id: unknown }) =>
  sql`${round.id} in (
  select i.round_id from investments i join companies c on c.id = i.company_id where c.slug = ${slug}
  union all
  select i.round_id from investments i join people p on p.id = i.person_id where p.slug = ${slug})`;

/**
 * An announcement range on a date order's sort key (with the date required, as the range
 * requires it): the order's index then reads only the range instead of every round down to it.
 */
const announcedKeyRange =
  (order: ListOrder<RoundColumns>, from?: string | null, to?: string | null) => (round: RoundColumns) =>
    and(from ? gte(order.key(round), from) : undefined, to ? lte(order.key(round), to) : undefined) as SQL;

/** Rounds that meet every condition given; for a page, `order` is the list's order. */
export function fundingRoundWhere(
  filter: FundingRoundFilter | null | undefined,
  order?: ListOrder<RoundColumns>,
) {
  if (!filter) return {};
  const datesOnKey =
    order !== undefined &&
    order !== ROUND_ORDERS.AMOUNT_USD_DESC &&
    Boolean(filter.announcedFrom || filter.announcedTo);
  const conditions = [
    ...(filter.investor ? [joinedBy(filter.investor)] : []),
    ...(datesOnKey && order ? [announcedKeyRange(order, filter.announcedFrom, filter.announcedTo)] : []),
  ];
  return {
    ...(filter.company ? { company: { slug: filter.company } } : {}),
    ...(conditions.length
      ? { RAW: (round: RoundColumns & { id: unknown }) => and(...conditions.map((c) => c(round))) as SQL }
      : {}),
    ...(filter.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter.stage?.length ? { stage: { in: filter.stage } } : {}),
    ...(datesOnKey
      ? { announcedOn: { isNotNull: true as const } }
      : dateRange('announcedOn', filter.announcedFrom, filter.announcedTo)),
    ...(filter.minAmountUsd ? { amountUsd: { gte: filter.minAmountUsd } } : {}),
  };
}

/** The round a new one would repeat: the same company, stage, currency, amount and announcement. */
export async function sameRound(
  tx: Transaction,
  round: {
    companyId: string;
    stage: FundingStageValue;
    currency: string;
    amount?: string | null;
    announcedOn?: PartialDate | null;
  },
): Promise<FundingRoundRow | undefined> {
  const [existing] = await tx
    .select()
    .from(fundingRounds)
    .where(
      and(
        eq(fundingRounds.companyId, round.companyId),
        eq(fundingRounds.stage, round.stage),
        eq(fundingRounds.currency, round.currency),
        round.amount ? eq(fundingRounds.amount, round.amount) : isNull(fundingRounds.amount),
        round.announcedOn
          ? eq(fundingRounds.announcedOn, round.announcedOn.date)
          : isNull(fundingRounds.announcedOn),
      ),
    );
  return existing;
}

/** An investor's part, by the company's or the person's ID. */
export interface InvestorPart {
  companyId: string | null;
  personId: string | null;
  isLead: boolean;
}

/** A round's investors by slug, and which of them lead it. */
export function currentInvestors(tx: Transaction, roundId: string) {
  return tx
    .select({ company: companies.slug, person: people.slug, isLead: investments.isLead })
    .from(investments)
    .leftJoin(companies, eq(companies.id, investments.companyId))
    .leftJoin(people, eq(people.id, investments.personId))
    .where(eq(investments.roundId, roundId));
}

/** Adds investors to a round. */
export async function addInvestors(tx: Transaction, roundId: string, parts: InvestorPart[]): Promise<void> {
  if (parts.length > 0) await tx.insert(investments).values(parts.map((part) => ({ ...part, roundId })));
}

/** Replaces a round's investors with these. */
export async function setInvestors(tx: Transaction, roundId: string, parts: InvestorPart[]): Promise<void> {
  await tx.delete(investments).where(eq(investments.roundId, roundId));
  await addInvestors(tx, roundId, parts);
}

/** A round as its audit entry keeps it: its row and its investors. */
export async function auditedRound(tx: Transaction, round: FundingRoundRow) {
  const rows = await tx
    .select({ companyId: investments.companyId, personId: investments.personId, isLead: investments.isLead })
    .from(investments)
    .where(eq(investments.roundId, round.id))
    .orderBy(investments.companyId, investments.personId);
  return { ...round, investors: rows };
}

/** Adds a status to a round's history. */
export function addStatusChange(
  tx: Transaction,
  roundId: string,
  status: DealStatus,
  on: PartialDate | null | undefined,
) {
  return insertOne(tx, dealStatusChanges, { roundId, status, ...dateColumns('changedOn', on) });
}
