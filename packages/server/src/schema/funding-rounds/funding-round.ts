import { partialDate } from '../../db/date-columns.js';
import type { FundingStageValue } from '../../db/schema.js';
import type { DealStatus as DealStatusValue } from '../../rules/deal-status.js';
import { builder } from '../builder.js';
import { Company } from '../companies/company.js';
import { Person } from '../people/person.js';
import { Money, money } from '../shared/money.js';
import { PartialDate } from '../shared/partial-date.js';

export const FundingStage = builder.enumType('FundingStage', {
  description: 'The stage of a funding round.',
  values: {
    PRE_SEED: { description: 'Pre-seed.' },
    SEED: { description: 'Seed.' },
    SERIES_A: { description: 'Series A.' },
    SERIES_B: { description: 'Series B.' },
    SERIES_C: { description: 'Series C.' },
    SERIES_D: { description: 'Series D.' },
    SERIES_E: { description: 'Series E.' },
    LATER_STAGE: { description: 'A later venture round (Series F and beyond).' },
    STRATEGIC: { description: 'A strategic investment by a company.' },
    DEBT: { description: 'Debt financing.' },
    GRANT: { description: 'A grant.' },
    IPO: { description: 'An initial public offering.' },
    UNKNOWN: { description: 'The source does not say.' },
  } satisfies Record<FundingStageValue, unknown>,
});

export const DealStatus = builder.enumType('DealStatus', {
  description:
    'How far a deal has come. Only ANNOUNCED and CLOSED rounds count towards totals and valuations.',
  values: {
    RUMORED: { description: 'Reported from unnamed sources; not confirmed.' },
    IN_NEGOTIATION: { description: 'Reported to be under negotiation; not confirmed.' },
    ANNOUNCED: { description: 'Announced by the company or its investors.' },
    CLOSED: { description: 'Completed: the money has been committed.' },
    CANCELLED: { description: 'Called off.' },
  } satisfies Record<DealStatusValue, unknown>,
});

export const Investor = builder.unionType('Investor', {
  description: 'Who invests in a round: a company (a fund, a corporation) or a person.',
  types: [Company, Person],
  // Only companies have a kind column; people rows never do.
  resolveType: (investor) => ('kind' in investor ? Company : Person),
});

export const Investment = builder.drizzleNode('investments', {
  name: 'Investment',
  description: 'An investor’s part in a funding round.',
  select: { columns: { id: true, isLead: true } },
  id: { column: (investment) => investment.id },
  fields: (t) => ({
    round: t.relation('round', { description: 'The round invested in.' }),
    isLead: t.boolean({
      description: 'Whether this investor leads the round.',
      resolve: (investment) => investment.isLead,
    }),
    investor: t.field({
      type: Investor,
      description: 'The company or person investing.',
      select: (_args, _ctx, nestedSelection) => ({
        with: {
          company: nestedSelection(true, [], 'Company'),
          person: nestedSelection(true, [], 'Person'),
        },
      }),
      resolve: (investment) => {
        const investor = investment.company ?? investment.person;
        if (!investor) throw new Error(`Investment ${investment.id} has no investor`);
        return investor;
      },
    }),
  }),
});

/**
 * A round's investments with the company or person behind each, planned into the round's own
 * SQL statement; `investors` and `leadInvestors` share it, so asking for both loads it once.
 */
function selectInvestors(
  _args: unknown,
  _ctx: unknown,
  nestedSelection: <T>(selection: true, path: string[], type: string) => T,
) {
  return {
    with: {
      investments: {
        columns: { isLead: true },
        orderBy: { isLead: 'desc', id: 'asc' },
        with: {
          company: nestedSelection<true>(true, [], 'Company'),
          person: nestedSelection<true>(true, [], 'Person'),
        },
      },
    },
  } as const;
}

export const DealStatusChange = builder.drizzleObject('dealStatusChanges', {
  name: 'DealStatusChange',
  description: 'A status a round took, when the source says it did, and the excerpts that report it.',
  select: {},
  fields: (t) => ({
    status: t.expose('status', { type: DealStatus, description: 'The status the round took.' }),
    on: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When, as precisely as the source gives it; null when it gives no date.',
      select: { columns: { changedOn: true, changedOnPrecision: true } },
      resolve: (change) => partialDate(change.changedOn, change.changedOnPrecision),
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When Moat recorded the change.' }),
    citations: t.relation('citations', {
      description: 'Excerpts that report the change.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});

export const FundingRound = builder.drizzleNode('fundingRounds', {
  name: 'FundingRound',
  description:
    'A round in which a company raises money, as reported: rumoured, negotiated, announced or closed.',
  // Always loaded, as Company explains; `stage` also tells a round apart in unions.
  select: { columns: { id: true, stage: true, status: true, amount: true, currency: true, amountUsd: true } },
  id: { column: (round) => round.id },
  fields: (t) => ({
    company: t.relation('company', { description: 'The company raising the money.' }),
    stage: t.field({ type: FundingStage, description: 'The stage of the round.', resolve: (r) => r.stage }),
    status: t.field({
      type: DealStatus,
      description: 'How far the deal has come.',
      resolve: (r) => r.status,
    }),
    version: t.exposeInt('version', {
      description: 'Raised by every change; pass it as `expectedVersion` to updateFundingRound.',
    }),
    amount: t.field({
      type: Money,
      nullable: true,
      description: 'Money raised in the round, when reported.',
      resolve: (r) => money(r.amount, r.currency, r.amountUsd),
    }),
    preMoneyValuation: t.field({
      type: Money,
      nullable: true,
      description: 'Valuation of the company before the round, when reported.',
      select: { columns: { preMoneyValuation: true, currency: true, preMoneyValuationUsd: true } },
      resolve: (r) => money(r.preMoneyValuation, r.currency, r.preMoneyValuationUsd),
    }),
    postMoneyValuation: t.field({
      type: Money,
      nullable: true,
      description: 'Valuation of the company after the round, when reported.',
      select: { columns: { postMoneyValuation: true, currency: true, postMoneyValuationUsd: true } },
      resolve: (r) => money(r.postMoneyValuation, r.currency, r.postMoneyValuationUsd),
    }),
    announcedOn: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When the round was announced or first reported, when known.',
      select: { columns: { announcedOn: true, announcedOnPrecision: true } },
      resolve: (r) => partialDate(r.announcedOn, r.announcedOnPrecision),
    }),
    closedOn: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When the round closed, when known.',
      select: { columns: { closedOn: true, closedOnPrecision: true } },
      resolve: (r) => partialDate(r.closedOn, r.closedOnPrecision),
    }),
    investments: t.relation('investments', {
      description: 'Every investor’s part in the round, leads first.',
      query: { orderBy: { isLead: 'desc', id: 'asc' } },
    }),
    investors: t.field({
      type: [Investor],
      description: 'Everyone investing in the round, leads first.',
      select: selectInvestors,
      resolve: (r) => r.investments.flatMap((i) => i.company ?? i.person ?? []),
    }),
    leadInvestors: t.field({
      type: [Investor],
      description: 'The investors leading the round.',
      select: selectInvestors,
      resolve: (r) => r.investments.filter((i) => i.isLead).flatMap((i) => i.company ?? i.person ?? []),
    }),
    citations: t.relation('citations', {
      description: 'Excerpts that report the round.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
    statusHistory: t.relation('statusHistory', {
      type: DealStatusChange,
      description: 'Every status the round has had, oldest first; the last is its `status`.',
      query: { orderBy: { recordedAt: 'asc', id: 'asc' } },
    }),
  }),
});
