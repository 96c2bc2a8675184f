import { sql } from 'drizzle-orm';
import { countRows, type ListOrder, pageWhere, sortedBy } from '../../db/queries/lists.js';
import { builder } from '../builder.js';
import { cursorBounds, pageArgsInOrder } from '../shared/cursors.js';

export const PersonOrder = builder.enumType('PersonOrder', {
  description: 'Orderings of people; ties are broken by ID so pages never skip or repeat.',
  values: {
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
  } as const,
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Narrows a list of people; all given conditions must hold.',
  fields: (t) => ({
    company: t.string({ description: 'Only people with a role at the company with this slug.' }),
  }),
});

function personWhere(filter: typeof PersonFilter.$inferInput | null | undefined) {
  return filter?.company ? { roles: { company: { slug: filter.company } } } : {};
}

/** The order a `people` list is read in: by name, either way. */
const personOrder = (orderBy: string | null | undefined): ListOrder<{ name: unknown }> => ({
  key: (p) => sql`${p.name}`,
  form: 'text',
  direction: orderBy === 'NAME_DESC' ? 'desc' : 'asc',
});

builder.queryFields((t) => ({
  person: t.drizzleField({
    type: 'people',
    nullable: true,
    description: 'The person with this slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The person’s slug: "sam-altman".' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.people.findFirst(query({ where: { slug: args.slug } })),
  }),
  people: t.drizzleConnection({
    type: 'people',
    description: 'People, filtered and ordered.',
    args: {
      filter: t.arg({ type: PersonFilter, description: 'Conditions the people must meet.' }),
      orderBy: t.arg({
        type: PersonOrder,
        defaultValue: 'NAME_ASC',
        description: 'The order of the people.',
      }),
    },
    validate: pageArgsInOrder(personOrder),
    totalCount: (_parent, args, ctx) => countRows(ctx.db.query.people, personWhere(args.filter)),
    resolve: (query, _parent, args, ctx) => {
      const order = personOrder(args.orderBy);
      return ctx.db.query.people.findMany(
        query({
          where: pageWhere(personWhere(args.filter), order, cursorBounds(args, order.form)),
          ...sortedBy(order),
        }),
      );
    },
  }),
}));
