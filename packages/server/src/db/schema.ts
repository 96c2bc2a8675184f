import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { DATE_PRECISIONS } from '../rules/dates.js';
import { DEAL_STATUSES } from '../rules/deal-status.js';
import { SLUG_PATTERN } from '../rules/slug.js';

// Column names are spelt out in snake_case: drizzle 1.0 would otherwise use the JS key.

export const companyKind = pgEnum('company_kind', [
  'STARTUP',
  'CORPORATION',
  'INVESTOR',
  'RESEARCH_LAB',
  'UNIVERSITY',
  'NONPROFIT',
  'GOVERNMENT',
]);
export const quoteForm = pgEnum('quote_form', ['VERBATIM', 'PARAPHRASE']);
export const fundingStage = pgEnum('funding_stage', [
  'PRE_SEED',
  'SEED',
  'SERIES_A',
  'SERIES_B',
  'SERIES_C',
  'SERIES_D',
  'SERIES_E',
  'LATER_STAGE',
  'STRATEGIC',
  'DEBT',
  'GRANT',
  'IPO',
  'UNKNOWN',
]);
export const dealStatus = pgEnum('deal_status', DEAL_STATUSES);
export const datePrecision = pgEnum('date_precision', DATE_PRECISIONS);
export const sourceKind = pgEnum('source_kind', [
  'ARTICLE',
  'PRESS_RELEASE',
  'FILING',
  'PAPER',
  'INTERVIEW',
  'WEBSITE',
  'OTHER',
]);

const id = () => uuid('id').primaryKey().defaultRandom();
const slug = () => text('slug').notNull().unique();
const slugCheck = (table: { slug: unknown }, name: string) =>
  check(name, sql`${table.slug} ~ ${sql.raw(`'${SLUG_PATTERN.source}'`)}`);

export const sources = pgTable(
  'sources',
  {
    id: id(),
    kind: sourceKind('kind').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher'),
    url: text('url'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('sources_title_idx').on(t.title, t.id), index('sources_kind_idx').on(t.kind)],
);

export const companies = pgTable(
  'companies',
  {
    id: id(),
    slug: slug(),
    name: text('name').notNull(),
    kind: companyKind('kind').notNull(),
    description: text('description'),
    country: text('country'),
    headquarters: text('headquarters'),
    foundedOn: date('founded_on'),
    foundedOnPrecision: datePrecision('founded_on_precision'),
    website: text('website'),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** Raised by every update; an update that names an older version is refused (a conflict). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    slugCheck(t, 'companies_slug_format'),
    check('companies_country_code', sql`${t.country} ~ '^[A-Z]{2}$'`),
    index('companies_kind_idx').on(t.kind),
    index('companies_country_idx').on(t.country),
    // Matches the default ordering (name, then id), so a page stops after `first` rows.
    index('companies_name_idx').on(t.name, t.id),
    index('companies_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    slug: slug(),
    name: text('name').notNull(),
    bio: text('bio'),
    /** Raised by every update; an update that names an older version is refused (a conflict). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    slugCheck(t, 'people_slug_format'),
    index('people_name_idx').on(t.name, t.id),
    index('people_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export const roles = pgTable(
  'roles',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    since: date('since'),
    sincePrecision: datePrecision('since_precision'),
    until: date('until'),
    untilPrecision: datePrecision('until_precision'),
  },
  (t) => [
    index('roles_person_idx').on(t.personId),
    index('roles_company_idx').on(t.companyId),
    check('roles_dates_in_order', sql`${t.until} is null or ${t.since} is null or ${t.since} <= ${t.until}`),
  ],
);

export const quotes = pgTable(
  'quotes',
  {
    id: id(),
    text: text('text').notNull(),
    form: quoteForm('form').notNull(),
    speakerId: uuid('speaker_id').references(() => people.id, { onDelete: 'set null' }),
    attributedToId: uuid('attributed_to_id').references(() => companies.id, {
      onDelete: 'set null',
    }),
    attribution: text('attribution').notNull(),
    saidOn: date('said_on'),
    saidOnPrecision: datePrecision('said_on_precision'),
  },
  (t) => [
    index('quotes_speaker_idx').on(t.speakerId),
    index('quotes_attributed_to_idx').on(t.attributedToId),
    index('quotes_form_idx').on(t.form),
    index('quotes_said_on_idx').on(t.saidOn),
    index('quotes_text_trgm_idx').using('gin', sql`lower(${t.text}) gin_trgm_ops`),
    index('quotes_text_fts_idx').using('gin', sql`to_tsvector('english', ${t.text})`),
  ],
);

/** Which companies a quote is about (many to many). */
export const quoteSubjects = pgTable(
  'quote_subjects',
  {
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => quotes.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.quoteId, t.companyId] }),
    index('quote_subjects_company_idx').on(t.companyId),
  ],
);

const money = (name: string) => numeric(name, { mode: 'string' });

export const fundingRounds = pgTable(
  'funding_rounds',
  {
    id: id(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    stage: fundingStage('stage').notNull(),
    status: dealStatus('status').notNull(),
    // One currency per round; each amount keeps its USD equivalent where known.
    currency: text('currency').notNull(),
    amount: money('amount'),
    amountUsd: money('amount_usd'),
    preMoneyValuation: money('pre_money_valuation'),
    preMoneyValuationUsd: money('pre_money_valuation_usd'),
    postMoneyValuation: money('post_money_valuation'),
    postMoneyValuationUsd: money('post_money_valuation_usd'),
    announcedOn: date('announced_on'),
    announcedOnPrecision: datePrecision('announced_on_precision'),
    closedOn: date('closed_on'),
    closedOnPrecision: datePrecision('closed_on_precision'),
    /** Raised by every update and status change; an update naming an older version is refused. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('funding_rounds_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      'funding_rounds_money_non_negative',
      sql`coalesce(${t.amount}, 0) >= 0 and coalesce(${t.amountUsd}, 0) >= 0
        and coalesce(${t.preMoneyValuation}, 0) >= 0 and coalesce(${t.preMoneyValuationUsd}, 0) >= 0
        and coalesce(${t.postMoneyValuation}, 0) >= 0 and coalesce(${t.postMoneyValuationUsd}, 0) >= 0`,
    ),
    index('funding_rounds_company_idx').on(t.companyId),
    index('funding_rounds_status_idx').on(t.status),
    index('funding_rounds_stage_idx').on(t.stage),
    index('funding_rounds_announced_on_idx').on(t.announcedOn),
    index('funding_rounds_amount_usd_idx').on(t.amountUsd),
  ],
);

/** Each status a round has had, in order, with the date the source gives and its citations. */
export const dealStatusChanges = pgTable(
  'deal_status_changes',
  {
    id: id(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => fundingRounds.id, { onDelete: 'cascade' }),
    status: dealStatus('status').notNull(),
    changedOn: date('changed_on'),
    changedOnPrecision: datePrecision('changed_on_precision'),
    /** When Moat learnt of it: orders changes that share a date (or have none). */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('deal_status_changes_round_idx').on(t.roundId, t.recordedAt)],
);

/** A company's or a person's part in a funding round. */
export const investments = pgTable(
  'investments',
  {
    id: id(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => fundingRounds.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    isLead: boolean('is_lead').notNull().default(false),
  },
  (t) => [
    check('investments_one_investor', sql`num_nonnulls(${t.companyId}, ${t.personId}) = 1`),
    unique('investments_round_company_unique').on(t.roundId, t.companyId),
    unique('investments_round_person_unique').on(t.roundId, t.personId),
    index('investments_round_idx').on(t.roundId),
    index('investments_company_idx').on(t.companyId),
    index('investments_person_idx').on(t.personId),
  ],
);

/** The columns through which a citation points at its fact: exactly one of them is set. */
export const CITATION_OWNERS = [
  'companyId',
  'personId',
  'roleId',
  'quoteId',
  'fundingRoundId',
  'statusChangeId',
] as const;
export type CitationOwner = (typeof CITATION_OWNERS)[number];

/** The excerpt of a source that supports one fact (a company, person, role, quote or round). */
export const citations = pgTable(
  'citations',
  {
    id: id(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'restrict' }),
    excerpt: text('excerpt').notNull(),
    /** Order among the citations of one fact: the main excerpt first. */
    position: smallint('position').notNull().default(0),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id').references(() => roles.id, { onDelete: 'cascade' }),
    quoteId: uuid('quote_id').references(() => quotes.id, { onDelete: 'cascade' }),
    fundingRoundId: uuid('funding_round_id').references(() => fundingRounds.id, {
      onDelete: 'cascade',
    }),
    statusChangeId: uuid('status_change_id').references(() => dealStatusChanges.id, {
      onDelete: 'cascade',
    }),
  },
  (t) => [
    check(
      'citations_one_fact',
      sql`num_nonnulls(${sql.join(
        CITATION_OWNERS.map((owner) => t[owner]),
        sql`, `,
      )}) = 1`,
    ),
    index('citations_status_change_idx').on(t.statusChangeId),
    index('citations_source_idx').on(t.sourceId),
    index('citations_company_idx').on(t.companyId),
    index('citations_person_idx').on(t.personId),
    index('citations_role_idx').on(t.roleId),
    index('citations_quote_idx').on(t.quoteId),
    index('citations_funding_round_idx').on(t.fundingRoundId),
  ],
);

export const apiKeyScope = pgEnum('api_key_scope', ['write', 'admin']);

/** Keys that may write (scope `write`) or manage keys (`admin`). Only a hash of a key is kept. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    name: text('name').notNull(),
    scopes: apiKeyScope('scopes').array().notNull(),
    /** SHA-256 of the key, hex: the key itself is shown once, when it is created. */
    keyHash: text('key_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [check('api_keys_name_not_blank', sql`length(trim(${t.name})) > 0`)],
);

/** One row per write: who wrote (which key), when, through which mutation, and the record before and after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    apiKeyId: uuid('api_key_id').references(() => apiKeys.id, { onDelete: 'restrict' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    mutation: text('mutation').notNull(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_record_idx').on(t.recordType, t.recordId, t.at),
    index('audit_log_key_idx').on(t.apiKeyId, t.at),
    index('audit_log_at_idx').on(t.at),
  ],
);

/** The fact a citation supports: the ID in whichever owner column is set. */
export function citedFactId(citation: Partial<Record<CitationOwner, string | null>>): string {
  return CITATION_OWNERS.map((owner) => citation[owner]).find((id) => id) ?? '';
}

// Rows as the database returns them, and the values of its enums.
export type SourceRow = typeof sources.$inferSelect;
export type CompanyRow = typeof companies.$inferSelect;
export type PersonRow = typeof people.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;
export type QuoteRow = typeof quotes.$inferSelect;
export type FundingRoundRow = typeof fundingRounds.$inferSelect;
export type DealStatusChangeRow = typeof dealStatusChanges.$inferSelect;
export type InvestmentRow = typeof investments.$inferSelect;
export type CitationRow = typeof citations.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type AuditEntryRow = typeof auditLog.$inferSelect;

export type CompanyKindValue = (typeof companyKind.enumValues)[number];
export type QuoteFormValue = (typeof quoteForm.enumValues)[number];
export type FundingStageValue = (typeof fundingStage.enumValues)[number];
export type SourceKindValue = (typeof sourceKind.enumValues)[number];
export type ApiKeyScopeValue = (typeof apiKeyScope.enumValues)[number];
