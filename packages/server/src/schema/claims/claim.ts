// Claims: what sources say each factual property of a record is. One interface, and a type per
// kind of value, so a client reads `value` with its own type.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ClaimRow } from '../../db/schema.js';
import {
  CLAIM_PROPERTIES,
  type ClaimProperty,
  type ClaimRank as ClaimRankValue,
  type InvestorValue,
  type MoneyValue,
} from '../../rules/claims.js';
import type { PartialDate as PartialDateValue } from '../../rules/dates.js';
import { builder } from '../builder.js';
import { Company, CompanyKind } from '../companies/company.js';
import { FundingRound, FundingStage, Investor } from '../funding-rounds/funding-round.js';
import { Person } from '../people/person.js';
import { Role } from '../people/role.js';
import { Quote, QuoteForm } from '../quotes/quote.js';
import { Money } from '../shared/money.js';
import { PartialDate } from '../shared/partial-date.js';

export const ClaimRank = builder.enumType('ClaimRank', {
  description: 'How a claim counts when its property’s value is resolved.',
  values: {
    PREFERRED: {
      description: 'Chosen by a curator: the property takes its value, and the property is not disputed.',
    },
    NORMAL: {
      description:
        'Counts: the property takes the value its NORMAL claims agree on, or else the latest-published one.',
    },
    DEPRECATED: {
      description:
        'Kept on record but never counted: shown wrong, outdated or withdrawn (see `deprecationReason`).',
    },
  } satisfies Record<ClaimRankValue, unknown>,
});

/** A property's GraphQL enum name: `preMoneyValuation` is PRE_MONEY_VALUATION. */
const enumName = (property: string) => property.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

const PROPERTY_DESCRIPTIONS: Record<ClaimProperty, string> = {
  kind: 'A company’s kind.',
  description: 'A company’s description.',
  country: 'The country of a company’s headquarters.',
  headquarters: 'The city of a company’s headquarters.',
  foundedOn: 'When a company was founded.',
  website: 'A company’s website.',
  bio: 'A person’s short biography.',
  title: 'A role’s title.',
  since: 'When a role began.',
  until: 'When a role ended.',
  text: 'A quote’s words.',
  form: 'Whether a quote is verbatim or a paraphrase.',
  saidOn: 'When a quote was said.',
  stage: 'A funding round’s stage.',
  amount: 'The money a round raised.',
  preMoneyValuation: 'A company’s valuation before a round.',
  postMoneyValuation: 'A company’s valuation after a round.',
  announcedOn: 'When a round was announced.',
  closedOn: 'When a round closed.',
  investors: 'A round’s investors and its leads.',
};

export const FactProperty = builder.enumType('FactProperty', {
  description: 'A factual property that sources make claims about; each is the field of that name.',
  values: Object.fromEntries(
    CLAIM_PROPERTIES.map((property) => [
      enumName(property),
      { value: property, description: PROPERTY_DESCRIPTIONS[property] },
    ]),
  ) as Record<string, { value: ClaimProperty; description: string }>,
});

/** The claim type of each property, by its kind of value. */
const CLAIM_TYPES: Record<ClaimProperty, string> = {
  kind: 'CompanyKindClaim',
  description: 'TextClaim',
  country: 'TextClaim',
  headquarters: 'TextClaim',
  foundedOn: 'DateClaim',
  website: 'TextClaim',
  bio: 'TextClaim',
  title: 'TextClaim',
  since: 'DateClaim',
  until: 'DateClaim',
  text: 'TextClaim',
  form: 'QuoteFormClaim',
  saidOn: 'DateClaim',
  stage: 'FundingStageClaim',
  amount: 'MoneyClaim',
  preMoneyValuation: 'MoneyClaim',
  postMoneyValuation: 'MoneyClaim',
  announcedOn: 'DateClaim',
  closedOn: 'DateClaim',
  investors: 'InvestorsClaim',
};

export const ClaimedRecord = builder.unionType('ClaimedRecord', {
  description: 'A record whose properties sources make claims about.',
  types: [Company, Person, Role, Quote, FundingRound],
  // Rows are told apart by a column only their table has.
  resolveType: (row) =>
    'kind' in row
      ? Company
      : 'stage' in row
        ? FundingRound
        : 'form' in row
          ? Quote
          : 'title' in row
            ? Role
            : Person,
});

/** A claim's global ID. */
export const claimGlobalId = (claim: Pick<ClaimRow, 'id'>) => encodeGlobalID('Claim', claim.id);

export const Claim = builder.drizzleInterface('claims', {
  variant: 'Claim',
  description:
    'What one or more sources say a property of a record is: a value, the citations that support it, and its rank. The property itself reads as the value its claims resolve to.',
  select: { columns: { id: true, property: true } },
  resolveType: (claim) => CLAIM_TYPES[claim.property as ClaimProperty],
  fields: (t) => ({
    id: t.id({
      description: 'The claim’s global ID, for rankClaim.',
      resolve: claimGlobalId,
    }),
    property: t.field({
      type: FactProperty,
      description: 'The property it is about.',
      resolve: (claim) => claim.property as ClaimProperty,
    }),
    rank: t.expose('rank', { type: ClaimRank, description: 'How it counts when the value is resolved.' }),
    deprecationReason: t.exposeString('deprecationReason', {
      nullable: true,
      description: 'Why it is DEPRECATED; null unless it is.',
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When Moat recorded it.' }),
    recordedBy: t.string({
      nullable: true,
      description: 'The name of the API key that recorded it; null when it came from an import.',
      select: { with: { apiKey: { columns: { name: true } } } },
      resolve: (claim) => claim.apiKey?.name ?? null,
    }),
    record: t.field({
      type: ClaimedRecord,
      description: 'The record it is about.',
      select: (_args, _ctx, nestedSelection) => ({
        with: {
          company: nestedSelection(true, [], 'Company'),
          person: nestedSelection(true, [], 'Person'),
          role: nestedSelection(true, [], 'Role'),
          quote: nestedSelection(true, [], 'Quote'),
          fundingRound: nestedSelection(true, [], 'FundingRound'),
        },
      }),
      resolve: (claim) => {
        const record = claim.company ?? claim.person ?? claim.role ?? claim.quote ?? claim.fundingRound;
        if (!record) throw new Error(`claim ${claim.id} is about no record`);
        return record;
      },
    }),
    citations: t.relation('citations', {
      description: 'The excerpts that support it: one at least.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
  }),
});

/** What every claim type selects: its value, besides what the interface selects. */
const CLAIM_FIELDS = { select: { columns: { id: true, property: true, value: true } } } as const;

export const TextClaim = builder.drizzleObject('claims', {
  variant: 'TextClaim',
  description: 'A claim whose value is text (or a code or web address).',
  interfaces: [Claim],
  ...CLAIM_FIELDS,
  fields: (t) => ({
    value: t.string({
      nullable: true,
      description: 'The value claimed; null: the source says there is none.',
      resolve: (claim) => (claim.value as string | null) ?? null,
    }),
  }),
});

export const DateClaim = builder.drizzleObject('claims', {
  variant: 'DateClaim',
  description: 'A claim whose value is a date, as precisely as its source gives it.',
  interfaces: [Claim],
  ...CLAIM_FIELDS,
  fields: (t) => ({
    value: t.field({
      type: PartialDate,
      nullable: true,
      description: 'The date claimed; null: the source says there is none.',
      resolve: (claim) => (claim.value as PartialDateValue | null) ?? null,
    }),
  }),
});

export const MoneyClaim = builder.drizzleObject('claims', {
  variant: 'MoneyClaim',
  description: 'A claim whose value is an amount of money.',
  interfaces: [Claim],
  ...CLAIM_FIELDS,
  fields: (t) => ({
    value: t.field({
      type: Money,
      nullable: true,
      description:
        'The amount claimed, in the currency it was claimed in; null: the source says there is none.',
      resolve: (claim) => {
        const money = claim.value as MoneyValue | null;
        return money && { amount: money.amount, currency: money.currency, amountUsd: money.usd };
      },
    }),
  }),
});

export const CompanyKindClaim = builder.drizzleObject('claims', {
  variant: 'CompanyKindClaim',
  description: 'A claim about what kind of organisation a company is.',
  interfaces: [Claim],
  ...CLAIM_FIELDS,
  fields: (t) => ({
    value: t.field({
      type: CompanyKind,
      description: 'The kind claimed.',
      resolve: (claim) => claim.value as never,
    }),
  }),
});

export const FundingStageClaim = builder.drizzleObject('claims', {
  variant: 'FundingStageClaim',
  description: 'A claim about a funding round’s stage.',
  interfaces: [Claim],
  ...CLAIM_FIELDS,
  fields: (t) => ({
    value: t.field({
      type: FundingStage,
      description: 'The stage claimed.',
      resolve: (claim) => claim.value as never,
    }),
  }),
});

export const QuoteFormClaim = builder.drizzleObject('claims', {
  variant: 'QuoteFormClaim',
  description: 'A claim about whether a quote is verbatim or a paraphrase.',
  interfaces: [Claim],
  ...CLAIM_FIELDS,
  fields: (t) => ({
    value: t.field({
      type: QuoteForm,
      description: 'The form claimed.',
      resolve: (claim) => claim.value as never,
    }),
  }),
});

const ClaimedInvestor = builder.objectRef<InvestorValue>('ClaimedInvestor').implement({
  description: 'One investor of a round, as a claim names them.',
  fields: (t) => ({
    investor: t.field({
      type: Investor,
      nullable: true,
      description: 'The company or person investing; null when they have since been deleted from Moat.',
      resolve: (investor, _args, ctx) => ctx.loaders.investor.load(investor),
    }),
    isLead: t.exposeBoolean('isLead', { description: 'Whether the claim says they lead the round.' }),
  }),
});

export const InvestorsClaim = builder.drizzleObject('claims', {
  variant: 'InvestorsClaim',
  description: 'A claim about who invests in a round, and who leads it.',
  interfaces: [Claim],
  ...CLAIM_FIELDS,
  fields: (t) => ({
    value: t.field({
      type: [ClaimedInvestor],
      description: 'The investors claimed, leads first.',
      resolve: (claim) =>
        [...((claim.value as InvestorValue[] | null) ?? [])].sort(
          (a, b) => Number(b.isLead) - Number(a.isLead),
        ),
    }),
  }),
});

/**
 * The options of a `<property>Claims` field, a relation to the record's claims on one property:
 * its claim type, PREFERRED first then the latest recorded, and a description naming `what`.
 */
export const claimsField = <Type>(type: Type, property: ClaimProperty, what: string) => ({
  type,
  description: `Every claim sources make about ${what}, PREFERRED first, then the latest recorded; the field itself reads as the value they resolve to.`,
  query: {
    where: { property },
    orderBy: { rank: 'asc', recordedAt: 'desc', id: 'asc' },
  } as const,
});

/** Which of a record's properties are disputed, from its own column: the same field on every type with claims. */
const disputedField = {
  type: [FactProperty] as [typeof FactProperty],
  description:
    'The properties whose claims disagree with none preferred: each reads as its latest-published claim.',
  select: { columns: { disputed: true as const } },
  resolve: (record: { disputed: string[] }) => record.disputed as ClaimProperty[],
};
builder.drizzleObjectFields(Company, (t) => ({ disputed: t.field(disputedField) }));
builder.drizzleObjectFields(Person, (t) => ({ disputed: t.field(disputedField) }));
builder.drizzleObjectFields(Role, (t) => ({ disputed: t.field(disputedField) }));
builder.drizzleObjectFields(Quote, (t) => ({ disputed: t.field(disputedField) }));
builder.drizzleObjectFields(FundingRound, (t) => ({ disputed: t.field(disputedField) }));
