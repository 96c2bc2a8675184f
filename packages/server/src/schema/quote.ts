import { sql } from 'drizzle-orm';
import { builder } from './builder.js';
import { countRows } from './connection-count.js';
import { NEWEST_QUOTES_FIRST } from './orderings.js';
import { dateRange, PartialDate, partialDate } from './partial-date.js';

export const QuoteForm = builder.enumType('QuoteForm', {
  description: 'Whether a quote gives the words as said or their sense.',
  values: {
    VERBATIM: { description: 'The exact words, as the source quotes them.' },
    PARAPHRASE: { description: 'The sense of what was said, in other words.' },
  } as const,
});

export const Quote = builder.drizzleNode('quotes', {
  name: 'Quote',
  description: 'Something said, by a person or by a company’s people, as a source reports it.',
  id: { column: (quote) => quote.id },
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The words, exactly when VERBATIM, their sense when PARAPHRASE.',
    }),
    form: t.expose('form', { type: QuoteForm, description: 'Verbatim or paraphrase.' }),
    speaker: t.relation('speaker', {
      nullable: true,
      description: 'Who said it; null when the source names no one.',
    }),
    attributedTo: t.relation('attributedTo', {
      nullable: true,
      description: 'The company it is attributed to when no one is named ("Hugging Face executives").',
    }),
    attribution: t.exposeString('attribution', {
      description: 'Who said it, as the source puts it: "Gary Marcus", "Hugging Face executives".',
    }),
    about: t.relation('about', {
      description: 'The companies the quote is about.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    saidOn: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When it was said, when known.',
      resolve: (quote) => partialDate(quote.saidOn, quote.saidOnPrecision),
    }),
    citations: t.relation('citations', {
      description: 'Excerpts that report the quote.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});

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
    saidFrom: t.field({ type: 'Date', description: 'Only quotes said on or after this date.' }),
    saidTo: t.field({ type: 'Date', description: 'Only quotes said on or before this date.' }),
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
    totalCount: (_parent, args, ctx) => countRows(ctx.db.query.quotes, quoteWhere(args.filter)),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.query.quotes.findMany(
        query({
          where: quoteWhere(args.filter),
          ...(args.orderBy === 'SAID_ON_ASC'
            ? {
                // Oldest first, undated ones still last.
                extras: { saidSort: (q) => sql<string>`coalesce(${q.saidOn}, date '9999-12-31')` },
                orderBy: { saidSort: 'asc', id: 'asc' },
              }
            : NEWEST_QUOTES_FIRST),
        }),
      ),
  }),
}));
