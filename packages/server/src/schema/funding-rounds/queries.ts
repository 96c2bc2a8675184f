import { fundingRoundOrder, fundingRoundWhere } from '../../db/queries/funding-rounds.js';
import { countRows, pageWhere, sortedBy } from '../../db/queries/lists.js';
import { keptDate } from '../../rules/dates.js';
import { notNegative } from '../../rules/decimals.js';
import { builder } from '../builder.js';
import { cursorBounds, pageArgsInOrder } from '../shared/cursors.js';
import { DealStatus, FundingRound, FundingStage } from './funding-round.js';

export const FundingRoundOrder = builder.enumType('FundingRoundOrder', {
  description: 'Orderings of funding rounds; ties are broken by ID so pages never skip or repeat.',
  values: {
    ANNOUNCED_ON_DESC: { description: 'Newest first; undated rounds last.' },
    ANNOUNCED_ON_ASC: { description: 'Oldest first; undated rounds last.' },
    AMOUNT_USD_DESC: { description: 'Largest first, compared in US dollars; rounds with no amount last.' },
  } as const,
});

const FundingRoundFilter = builder.inputType('FundingRoundFilter', {
  description: 'Narrows a list of funding rounds; all given conditions must hold.',
  fields: (t) => ({
    company: t.string({ description: 'Only rounds raised by the company with this slug.' }),
    investor: t.string({
      description: 'Only rounds joined by the company or person with this slug.',
    }),
    status: t.field({ type: [DealStatus], description: 'Only rounds with one of these statuses.' }),
    stage: t.field({ type: [FundingStage], description: 'Only rounds of these stages.' }),
    announcedFrom: t.field({
      type: 'Date',
      description: 'Only rounds announced on or after this date.',
      validate: keptDate,
    }),
    announcedTo: t.field({
      type: 'Date',
      description: 'Only rounds announced on or before this date.',
      validate: keptDate,
    }),
    minAmountUsd: t.field({
      type: 'Decimal',
      description: 'Only rounds of at least this amount in US dollars.',
      validate: notNegative,
    }),
  }),
});

builder.queryFields((t) => ({
  fundingRound: t.drizzleField({
    type: 'fundingRounds',
    nullable: true,
    description: 'The funding round with this global ID; null when there is none.',
    args: {
      id: t.arg.globalID({
        required: true,
        for: FundingRound,
        description: 'Global ID of the round, as its `id` field gives it.',
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.fundingRounds.findFirst(query({ where: { id: args.id.id } })),
  }),
  fundingRounds: t.drizzleConnection({
    type: 'fundingRounds',
    description: 'Funding rounds, filtered and ordered.',
    args: {
      filter: t.arg({ type: FundingRoundFilter, description: 'Conditions the rounds must meet.' }),
      orderBy: t.arg({
        type: FundingRoundOrder,
        defaultValue: 'ANNOUNCED_ON_DESC',
        description: 'The order of the rounds.',
      }),
    },
    validate: pageArgsInOrder(fundingRoundOrder),
    totalCount: (_parent, args, ctx) => countRows(ctx.db.query.fundingRounds, fundingRoundWhere(args.filter)),
    resolve: (query, _parent, args, ctx) => {
      const order = fundingRoundOrder(args.orderBy);
      return ctx.db.query.fundingRounds.findMany(
        query({
          where: pageWhere(fundingRoundWhere(args.filter, order), order, cursorBounds(args, order.form)),
          ...sortedBy(order),
        }),
      );
    },
  }),
}));
