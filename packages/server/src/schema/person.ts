import { builder } from './builder.js';
import { countRows } from './connection-count.js';
import { NEWEST_INVESTMENTS_FIRST, NEWEST_QUOTES_FIRST } from './orderings.js';
import { PartialDate, partialDate } from './partial-date.js';

export const Person = builder.drizzleNode('people', {
  name: 'Person',
  description: 'A person in the AI industry: a founder, an executive, an investor, a critic.',
  id: { column: (person) => person.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, readable key: "sam-altman".' }),
    name: t.exposeString('name', { description: 'Full name.' }),
    bio: t.exposeString('bio', { nullable: true, description: 'A short biography in Moat’s words.' }),
    version: t.exposeInt('version', {
      description: 'Raised by every change; pass it as `expectedVersion` to updatePerson.',
    }),
    roles: t.relation('roles', {
      description: 'Positions this person holds or held, with their companies and dates.',
      query: { orderBy: { title: 'asc', id: 'asc' } },
    }),
    quotes: t.relatedConnection('quotes', {
      description: 'What this person said, verbatim or paraphrased; newest first.',
      query: NEWEST_QUOTES_FIRST,
      totalCount: true,
    }),
    investments: t.relatedConnection('investments', {
      description: 'Rounds this person joined as an investor; newest rounds first.',
      query: NEWEST_INVESTMENTS_FIRST,
      totalCount: true,
    }),
    citations: t.relation('citations', {
      description: 'Excerpts that support what Moat says of this person.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});

export const Role = builder.drizzleNode('roles', {
  name: 'Role',
  description: 'A position a person holds at a company: "CEO of OpenAI".',
  id: { column: (role) => role.id },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title, as reported: "CEO", "Professor".' }),
    person: t.relation('person', { description: 'Who holds the position.' }),
    company: t.relation('company', { description: 'Where the position is held.' }),
    since: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When the role began, when known.',
      resolve: (role) => partialDate(role.since, role.sincePrecision),
    }),
    until: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When the role ended; null while it lasts or when unknown.',
      resolve: (role) => partialDate(role.until, role.untilPrecision),
    }),
    citations: t.relation('citations', {
      description: 'Excerpts that report this role.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});

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
    totalCount: (_parent, args, ctx) => countRows(ctx.db.query.people, personWhere(args.filter)),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.query.people.findMany(
        query({
          where: personWhere(args.filter),
          orderBy: { name: args.orderBy === 'NAME_DESC' ? 'desc' : 'asc', id: 'asc' },
        }),
      ),
  }),
}));
