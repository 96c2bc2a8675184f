import { countRows, dateRange, pageWhere, sortedBy } from '../../db/queries/lists.js';
import { QUOTES_NEWEST, QUOTES_OLDEST } from '../../db/queries/orderings.js';
import { keptDate } from '../../rules/dates.js';
import { builder } from '../builder.js';
import { cursorBounds, pageArgsInOrder } from '../shared/cursors.js';
import { QuoteForm } from './quote.js';

export const QuoteOrder = builder.enumType('QuoteOrder', {
  description: 'Orderings of quotes; ties are broken by ID so pages never skip or repeat.',
  values: {
    SAID_ON_DESC: { description: 'Newest first; undated quotes last.' },
    SAID_ON_ASC: { description: 'Oldest first; undated quotes last.' },
  } as const,
});

const QuoteFilter = builder.inputType('QuoteFilter', {
  description: 'Narrows a list of quotes; all given conditions must hold.',
  fields: (t) => ({
    speaker: t.string({ description: 'Only quotes by the person with this slug.' }),
    attributedTo: t.string({
      description: 'Only quotes attributed to the company with this slug.',
    }),
    about: t.string({ description: 'Only quotes about the company with this slug.' }),
    form: t.field({ type: QuoteForm, description: 'Only quotes of this form.' }),
    saidFrom: t.field({
      type: 'Date',
      description: 'Only quotes said on or after this date.',
      validate: keptDate,
    }),
    saidTo: t.field({
      type: 'Date',
      description: 'Only quotes said on or before this date.',
      validate: keptDate,
    }),
  }),
});

function quoteWhere(filter: typeof QuoteFilter.$inferInput | null | undefined) {
  if (!filter) return {};
  return {
    ...(filter.speaker ? { speaker: { slug: filter.speaker } } : {}),
    ...(filter.attributedTo ? { attributedTo: { slug: filter.attributedTo } } : {}),
    ...(filter.about ? { about: { slug: filter.about } } : {}),
    ...(filter.form ? { form: filter.form } : {}),
    ...dateRange('saidOn', filter.saidFrom, filter.saidTo),
  };
}

/** The order a `quotes` list is read in. */
const quoteOrder = (orderBy: string | null | undefined) =>
  orderBy === 'SAID_ON_ASC' ? QUOTES_OLDEST : QUOTES_NEWEST;

builder.queryFields((t) => ({
  quotes: t.drizzleConnection({
    type: 'quotes',
    description: 'Quotes, filtered and ordered.',
    args: {
      filter: t.arg({ type: QuoteFilter, description: 'Conditions the quotes must meet.' }),
      orderBy: t.arg({
        type: QuoteOrder,
        defaultValue: 'SAID_ON_DESC',
        description: 'The order of the quotes.',
      }),
    },
    validate: pageArgsInOrder(quoteOrder),
    totalCount: (_parent, args, ctx) => countRows(ctx.db.query.quotes, quoteWhere(args.filter)),
    resolve: (query, _parent, args, ctx) => {
      const order = quoteOrder(args.orderBy);
      return ctx.db.query.quotes.findMany(
        query({
          where: pageWhere(quoteWhere(args.filter), order, cursorBounds(args, order.form)),
          ...sortedBy(order),
        }),
      );
    },
  }),
}));
