import { partialDate } from '../../db/date-columns.js';
import { latestValuation, totalRaisedUsd } from '../../db/queries/companies.js';
import { sortedBy } from '../../db/queries/lists.js';
import { INVESTMENTS_NEWEST, QUOTES_NEWEST, ROUNDS_NEWEST } from '../../db/queries/orderings.js';
import type { CompanyKindValue } from '../../db/schema.js';
import { builder } from '../builder.js';
import { pageArgsOfForm, pagedBy } from '../shared/cursors.js';
import { Money, type MoneyValue } from '../shared/money.js';
import { PartialDate } from '../shared/partial-date.js';

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

export const Company = builder.drizzleNode('companies', {
  name: 'Company',
  description: 'A company, investor, lab or university in the AI industry.',
  // The columns almost every query reads are always loaded and read as they are; every other
  // field loads its own columns only when asked (the plugin checks those row by row, at a cost).
  // `kind` also tells a company from a person in unions.
  select: { columns: { id: true, slug: true, name: true, kind: true } },
  id: { column: (company) => company.id },
  fields: (t) => ({
    slug: t.string({ description: 'Stable, readable key: "openai".', resolve: (company) => company.slug }),
    name: t.string({ description: 'The name it is known by.', resolve: (company) => company.name }),
    kind: t.field({
      type: CompanyKind,
      description: 'What kind of organisation it is.',
      resolve: (company) => company.kind,
    }),
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
      select: { columns: { foundedOn: true, foundedOnPrecision: true } },
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
      validate: pageArgsOfForm('text'),
      query: { orderBy: { title: 'asc', id: 'asc' } } as const,
      totalCount: true,
    }),
    fundingRounds: t.relatedConnection('fundingRounds', {
      description: 'Rounds in which this company raised money, newest first, whatever their status.',
      ...pagedBy(ROUNDS_NEWEST),
      totalCount: true,
    }),
    investments: t.relatedConnection('investments', {
      description: 'Rounds this company joined as an investor, lead or not; newest rounds first.',
      args: {
        lead: t.arg.boolean({ description: 'Only rounds it led (true) or did not lead (false).' }),
      },
      validate: pageArgsOfForm(INVESTMENTS_NEWEST.form),
      query: (args) => ({
        where: args.lead == null ? {} : { isLead: args.lead },
        ...sortedBy(INVESTMENTS_NEWEST),
      }),
      totalCount: true,
    }),
    quotes: t.relatedConnection('quotes', {
      description:
        'Quotes attributed to this company as a whole, such as "Hugging Face executives"; newest first.',
      ...pagedBy(QUOTES_NEWEST),
      totalCount: true,
    }),
    quotesAbout: t.relatedConnection('quotesAbout', {
      description: 'Quotes about this company, whoever said them; newest first.',
      ...pagedBy(QUOTES_NEWEST),
      totalCount: true,
    }),
    totalRaised: t.field({
      type: Money,
      nullable: true,
      description:
        'Money raised in US dollars over ANNOUNCED and CLOSED rounds that report a USD amount; null when none does.',
      select: { extras: { totalRaisedUsd } },
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
      select: { extras: { latestValuation } },
      resolve: (company) => company.latestValuation,
    }),
    citations: t.relation('citations', {
      description: 'Excerpts that support what Moat says of this company.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});
