// The SQL behind funding rounds: their lists, and the investors and history their writes keep.
import { and, eq, isNull, sql } from 'drizzle-orm';
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
import { dateRange } from './lists.js';
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

/** Rounds that meet every condition given. */
export function fundingRoundWhere(filter: FundingRoundFilter | null | undefined) {
  if (!filter) return {};
  return {
    ...(filter.company ? { company: { slug: filter.company } } : {}),
    ...(filter.investor
      ? {
          investments: {
            OR: [{ company: { slug: filter.investor } }, { person: { slug: filter.investor } }],
          },
        }
      : {}),
    ...(filter.status?.length ? { status: { in: filter.status } } : {}),
    ...(filter.stage?.length ? { stage: { in: filter.stage } } : {}),
    ...dateRange('announcedOn', filter.announcedFrom, filter.announcedTo),
    ...(filter.minAmountUsd ? { amountUsd: { gte: filter.minAmountUsd } } : {}),
  };
}

export type FundingRoundOrder = 'ANNOUNCED_ON_DESC' | 'ANNOUNCED_ON_ASC' | 'AMOUNT_USD_DESC';

/** Sort keys are never null (cursors cannot page past a null); missing values sort last. */
export function fundingRoundOrder(order: FundingRoundOrder | null | undefined) {
  const sortKey = (r: { amountUsd: unknown; announcedOn: unknown }) =>
    order === 'AMOUNT_USD_DESC'
      ? sql<string>`coalesce(${r.amountUsd}, -1)`
      : order === 'ANNOUNCED_ON_ASC'
        ? sql<string>`coalesce(${r.announcedOn}, date '9999-12-31')`
        : sql<string>`coalesce(${r.announcedOn}, date '0001-01-01')`;
  return {
    extras: { sortKey },
    orderBy: { sortKey: order === 'ANNOUNCED_ON_ASC' ? 'asc' : 'desc', id: 'asc' },
  } as const;
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
