import { companyOrder, companyWhere } from '../../db/queries/companies.js';
import { countRows, pageWhere, sortedBy } from '../../db/queries/lists.js';
import { builder } from '../builder.js';
import { cursorBounds, pageArgsInOrder } from '../shared/cursors.js';
import { CompanyKind } from './company.js';

export const CompanyOrder = builder.enumType('CompanyOrder', {
  description: 'Orderings of companies; ties are broken by ID so pages never skip or repeat.',
  values: {
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
    SLUG_ASC: { description: 'By slug, A to Z.' },
  } as const,
});

const CompanyFilter = builder.inputType('CompanyFilter', {
  description: 'Narrows a list of companies; all given conditions must hold.',
  fields: (t) => ({
    kind: t.field({ type: [CompanyKind], description: 'Only companies of these kinds.' }),
    country: t.field({ type: 'CountryCode', description: 'Only companies in this country.' }),
    name: t.string({
      description: 'Only companies whose name or an alias contains this text, ignoring case.',
    }),
  }),
});

builder.queryFields((t) => ({
  company: t.drizzleField({
    type: 'companies',
    nullable: true,
    description: 'The company with this slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The company’s slug: "openai".' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.companies.findFirst(query({ where: { slug: args.slug } })),
  }),
  companies: t.drizzleConnection({
    type: 'companies',
    description: 'Companies, filtered and ordered.',
    args: {
      filter: t.arg({ type: CompanyFilter, description: 'Conditions the companies must meet.' }),
      orderBy: t.arg({
        type: CompanyOrder,
        defaultValue: 'NAME_ASC',
        description: 'The order of the companies.',
      }),
    },
    validate: pageArgsInOrder(companyOrder),
    totalCount: (_parent, args, ctx) => countRows(ctx.db.query.companies, companyWhere(args.filter)),
    resolve: (query, _parent, args, ctx) => {
      const order = companyOrder(args.orderBy);
      return ctx.db.query.companies.findMany(
        query({
          where: pageWhere(companyWhere(args.filter), order, cursorBounds(args, order.form)),
          ...sortedBy(order),
        }),
      );
    },
  }),
}));
