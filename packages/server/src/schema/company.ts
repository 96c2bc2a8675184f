import { sql } from 'drizzle-orm';
import type { companyKind } from '../db/schema.js';
import { builder } from './builder.js';
import { countRows } from './connection-count.js';
import { Money, type MoneyValue } from './money.js';
import { NEWEST_INVESTMENTS_FIRST, NEWEST_QUOTES_FIRST } from './orderings.js';
import { PartialDate, partialDate } from './partial-date.js';

type CompanyKindValue = (typeof companyKind.enumValues)[number];

export const CompanyKind = builder.enumType('CompanyKind', {
  description: 'What kind of organisation a company is.',
  values: {
    STARTUP: { description: 'A young, venture-funded company.' },
    CORPORATION: { description: 'An established company.' },
    INVESTOR: { description: 'A firm whose business is investing: a fund, a bank, a holding.' },
    RESEARCH_LAB: { description: 'A research laboratory.' },
    UNIVERSITY: { description: 'A university or other academic institution.' },
    NONPROFIT: { description: 'A non-profit organisation or foundation.' },
    GOVERNMENT: { description: 'A government or one of its agencies.' },
  } satisfies Record<CompanyKindValue, unknown>,
});

/** Rounds that count as money raised: a reported negotiation is news, not money. */
const COUNTED_STATUSES = sql`('ANNOUNCED', 'CLOSED')`;

export const Company = builder.drizzleNode('companies', {
  name: 'Company',
  description: 'A company, investor, lab or university in the AI industry.',
  id: { column: (company) => company.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, readable key: "openai".' }),
    name: t.exposeString('name', { description: 'The name it is known by.' }),
    kind: t.expose('kind', { type: CompanyKind, description: 'What kind of organisation it is.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'A short description in Moat’s words.',
    }),
    country: t.expose('country', {
      type: 'CountryCode',
      nullable: true,
      description: 'Country of its headquarters (ISO 3166-1 alpha-2), when known.',
    }),
    headquarters: t.exposeString('headquarters', {
      nullable: true,
      description: 'City of its headquarters, when known.',
    }),
    foundedOn: t.field({
      type: PartialDate,
      nullable: true,
      description: 'When it was founded, as precisely as known.',
      resolve: (company) => partialDate(company.foundedOn, company.foundedOnPrecision),
    }),
    website: t.expose('website', { type: 'URL', nullable: true, description: 'Its website, when known.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names it goes by; search matches these too.',
    }),
    version: t.exposeInt('version', {
      description: 'Raised by every change; pass it as `expectedVersion` to updateCompany.',
    }),
    people: t.relatedConnection('roles', {
      description: 'People with a role at this company, with their titles and dates.',
      query: { orderBy: { title: 'asc', id: 'asc' } },
      totalCount: true,
    }),
    fundingRounds: t.relatedConnection('fundingRounds', {
      description: 'Rounds in which this company raised money, newest first, whatever their status.',
      query: {
        extras: { announcedSort: (r) => sql<string>`coalesce(${r.announcedOn}, date '0001-01-01')` },
        orderBy: { announcedSort: 'desc', id: 'asc' },
      },
      totalCount: true,
    }),
    investments: t.relatedConnection('investments', {
      description: 'Rounds this company joined as an investor, lead or not; newest rounds first.',
      args: {
        lead: t.arg.boolean({ description: 'Only rounds it led (true) or did not lead (false).' }),
      },
      query: (args) => ({
        where: args.lead == null ? {} : { isLead: args.lead },
        ...NEWEST_INVESTMENTS_FIRST,
      }),
      totalCount: true,
    }),
    quotes: t.relatedConnection('quotes', {
      description:
        'Quotes attributed to this company as a whole, such as "Hugging Face executives"; newest first.',
      query: NEWEST_QUOTES_FIRST,
      totalCount: true,
    }),
    quotesAbout: t.relatedConnection('quotesAbout', {
      description: 'Quotes about this company, whoever said them; newest first.',
      query: NEWEST_QUOTES_FIRST,
      totalCount: true,
    }),
    totalRaised: t.field({
      type: Money,
      nullable: true,
      description:
        'Money raised in US dollars over ANNOUNCED and CLOSED rounds that report a USD amount; null when none does.',
      select: {
        extras: {
          totalRaisedUsd: (c) => sql<string | null>`(
            select sum(r.amount_usd)::text from funding_rounds r
            where r.company_id = ${c.id} and r.status in ${COUNTED_STATUSES})`,
        },
      },
      resolve: (company): MoneyValue | null =>
        company.totalRaisedUsd === null
          ? null
          : { amount: company.totalRaisedUsd, currency: 'USD', amountUsd: company.totalRaisedUsd },
    }),
    latestValuation: t.field({
      type: Money,
      nullable: true,
      description:
        'Post-money valuation of the latest ANNOUNCED or CLOSED round that reports one; null when none does.',
      select: {
        extras: {
          latestValuation: (c) => sql<MoneyValue | null>`(
            select json_build_object(
              'amount', r.post_money_valuation::text,
              'currency', r.currency,
              'amountUsd', r.post_money_valuation_usd::text)
            from funding_rounds r
            where r.company_id = ${c.id} and r.status in ${COUNTED_STATUSES}
              and r.post_money_valuation is not null
            order by coalesce(r.closed_on, r.announced_on) desc nulls last, r.id
            limit 1)`,
        },
      },
      resolve: (company) => company.latestValuation,
    }),
    citations: t.relation('citations', {
      description: 'Excerpts that support what Moat says of this company.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});

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

type CompanyFilterValue = typeof CompanyFilter.$inferInput;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function companyWhere(filter: CompanyFilterValue | null | undefined) {
  const pattern = filter?.name ? `%${escapeLike(filter.name)}%` : null;
  return {
    ...(filter?.kind?.length ? { kind: { in: filter.kind } } : {}),
    ...(filter?.country ? { country: filter.country } : {}),
    ...(pattern
      ? {
          OR: [
            { name: { ilike: pattern } },
            { RAW: (c: { aliases: unknown }) => sql`array_to_string(${c.aliases}, ' ') ilike ${pattern}` },
          ],
        }
      : {}),
  };
}

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
    totalCount: (_parent, args, ctx) => countRows(ctx.db.query.companies, companyWhere(args.filter)),
    resolve: (query, _parent, args, ctx) =>
      ctx.db.query.companies.findMany(
        query({
          where: companyWhere(args.filter),
          orderBy:
            args.orderBy === 'SLUG_ASC'
              ? { slug: 'asc' }
              : { name: args.orderBy === 'NAME_DESC' ? 'desc' : 'asc', id: 'asc' },
        }),
      ),
  }),
}));
